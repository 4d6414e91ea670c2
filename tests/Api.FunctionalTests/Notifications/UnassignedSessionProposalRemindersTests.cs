using DeputyPortal.Api.FunctionalTests.Compliance;
using DeputyPortal.Api.FunctionalTests.Support;
using DeputyPortal.Application.Notifications.Sweeps;
using DeputyPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DeputyPortal.Api.FunctionalTests.Notifications;

/// <summary>
/// Session proposals still unassigned 25 days after the session closed remind the township's secretaries, once, until
/// the date R2 expects them assigned by (the close plus one month by default); assigned ones and other sessions' do not.
/// </summary>
public sealed class UnassignedSessionProposalRemindersTests(PortalFactory portal) : PortalTest(portal)
{
    private static readonly DateOnly Closed = new(2026, 5, 20);

    private Reminders Reminders => new(Portal);

    private ComplianceHistory History => new(Portal);

    [Fact]
    public async Task Sweep_RemindsTheSecretaryOfEachUnassignedProposal_From25DaysAfterTheClose_Once()
    {
        var sessionA = await History.SessionAsync(World.A, 2, Closed.AddDays(-2), Closed);
        var sessionB = await History.SessionAsync(World.B, 2, Closed.AddDays(-2), Closed);
        var unassigned = await IdOfAsync(await History.SessionProposalAsync(World.A, sessionA, null));
        var unassigned2 = await IdOfAsync(await History.SessionProposalAsync(World.A, sessionA, null, "关于增设路灯的建议"));
        await History.SessionProposalAsync(World.A, sessionA, Closed.AddDays(10), "关于疏浚水渠的建议");
        var inB = await IdOfAsync(await History.SessionProposalAsync(World.B, sessionB, null), World.B);

        Assert.Equal(0, await Reminders.SweepOnAsync(Closed.AddDays(24), new SweepUnassignedSessionProposals()));

        Assert.Equal(3, await Reminders.SweepOnAsync(Closed.AddDays(25), new SweepUnassignedSessionProposals()));
        const string kind = "SessionProposalsUnassigned";
        Assert.Equal(Reminders.Expect((kind, unassigned), (kind, unassigned2)), await Reminders.InboxAsync("secretary.a"));
        Assert.Equal(Reminders.Expect((kind, inB)), await Reminders.InboxAsync("secretary.b"));
        Assert.Empty(await Reminders.InboxAsync("deputy.a"));
        Assert.Empty(await Reminders.InboxAsync("unit.a"));

        Assert.Equal(0, await Reminders.SweepOnAsync(Closed.AddDays(25), new SweepUnassignedSessionProposals()));
        Assert.Equal(0, await Reminders.SweepOnAsync(Closed.AddDays(28), new SweepUnassignedSessionProposals()));
        Assert.Equal(3, await Reminders.CountAllAsync());

        var item = (await Reminders.ItemsAsync("secretary.b")).Single();
        Assert.Equal($"/proposals/{inB}", item.GetProperty("link").GetString());
        Assert.Contains("2026年6月20日前交办", item.GetProperty("body").GetString(), StringComparison.Ordinal);
        Assert.Contains("尚未交办", item.GetProperty("title").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sweep_AfterTheAssignmentDate_LeavesItToTheCompliancePage()
    {
        var session = await History.SessionAsync(World.A, 2, Closed.AddDays(-2), Closed);
        await History.SessionProposalAsync(World.A, session, null);

        Assert.Equal(0, await Reminders.SweepOnAsync(new DateOnly(2026, 6, 21), new SweepUnassignedSessionProposals()));
        Assert.Equal(0, await Reminders.CountAllAsync());
    }

    private async Task<Guid> IdOfAsync(string number, TownWorld? town = null)
    {
        await using var scope = Portal.SystemScope();
        var townshipId = (town ?? World.A).Township.Id;
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Proposals
            .Where(p => p.TownshipId == townshipId && p.Number == number).Select(p => p.Id).SingleAsync();
    }
}
