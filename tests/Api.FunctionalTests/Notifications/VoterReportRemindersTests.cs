using DeputyPortal.Api.FunctionalTests.Reviews;
using DeputyPortal.Api.FunctionalTests.Support;
using DeputyPortal.Application.Notifications.Sweeps;

namespace DeputyPortal.Api.FunctionalTests.Notifications;

/// <summary>
/// The baseline term ends on 2026-12-31: from 2026-01 on it has under 12 months left, and each deputy who has not yet
/// reported to the voters in it reminds the deputy and the secretary once a month. Township A's first deputy reported.
/// </summary>
public sealed class VoterReportRemindersTests(PortalFactory portal) : PortalTest(portal)
{
    private const string Kind = "VoterReportDue";

    private Reminders Reminders => new(Portal);

    [Fact]
    public async Task Sweep_RemindsEachDeputyNotYetReported_AndTheSecretary_OnceAMonth()
    {
        var reviews = new ReviewFlow(Portal);
        await reviews.RecordAsync(reviews.Body());
        var (a, b) = (World.A, World.B);

        Assert.Equal(0, await Reminders.SweepOnAsync(new(2025, 12, 1), new SweepVoterReportsDue()));

        // A: five deputies × the secretary, and deputy2.a's and presidium.a's own; B: six × the secretary, deputy.b, presidium.b.
        Assert.Equal(15, await Reminders.SweepOnAsync(new(2026, 6, 1), new SweepVoterReportsDue()));
        Assert.Equal(Reminders.Expect([.. a.Deputies.Skip(1).Select(d => (Kind, d.Id))]), await Reminders.InboxAsync("secretary.a"));
        Assert.Equal(Reminders.Expect([.. b.Deputies.Select(d => (Kind, d.Id))]), await Reminders.InboxAsync("secretary.b"));
        Assert.Empty(await Reminders.InboxAsync("deputy.a"));
        Assert.Equal(Reminders.Expect((Kind, a.Deputies[1].Id)), await Reminders.InboxAsync("deputy2.a"));
        Assert.Equal(Reminders.Expect((Kind, a.Deputies[5].Id)), await Reminders.InboxAsync("presidium.a"));
        Assert.Equal(Reminders.Expect((Kind, b.Deputies[0].Id)), await Reminders.InboxAsync("deputy.b"));

        Assert.Equal(0, await Reminders.SweepOnAsync(new(2026, 6, 1), new SweepVoterReportsDue()));
        Assert.Equal(0, await Reminders.SweepOnAsync(new(2026, 6, 15), new SweepVoterReportsDue()));
        Assert.Equal(15, await Reminders.CountAllAsync());
        Assert.Equal(15, await Reminders.SweepOnAsync(new(2026, 7, 1), new SweepVoterReportsDue()));

        var item = (await Reminders.ItemsAsync("deputy.b")).First();
        Assert.Equal("/reviews", item.GetProperty("link").GetString());
        Assert.Contains("2026年12月31日", item.GetProperty("body").GetString(), StringComparison.Ordinal);
        Assert.Contains("尚未向选民述职", item.GetProperty("title").GetString(), StringComparison.Ordinal);
    }
}
