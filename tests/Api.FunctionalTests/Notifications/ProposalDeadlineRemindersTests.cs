using System.Net;
using System.Text.Json;
using DeputyPortal.Api.FunctionalTests.Proposals;
using DeputyPortal.Api.FunctionalTests.Support;
using DeputyPortal.Application.Notifications.Sweeps;
using DeputyPortal.Infrastructure.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DeputyPortal.Api.FunctionalTests.Notifications;

/// <summary>
/// The daily sweep of handling deadlines, on the frozen date 2026-06-15 (handling takes three months): due in 15, 7
/// and 1 days reminds the lead unit and the secretary; overdue reminds them and the key proposal's supervising
/// presidium member, once a week; any other day reminds nobody. Running it again creates nothing, and each user reads
/// only their own inbox.
/// </summary>
public sealed class ProposalDeadlineRemindersTests(PortalFactory portal) : PortalTest(portal)
{
    private const string Inbox = "/api/v1/me/notifications";

    private ProposalHistory History => new(Portal);

    [Fact]
    public async Task Sweep_RemindsTheRightPeopleOnTheRightDays_AndOnlyOnce()
    {
        var dueIn15 = await History.AssignedOnAsync(new(2026, 3, 30)); // due 2026-06-30
        var dueIn7 = await History.AssignedOnAsync(new(2026, 3, 22)); // due 2026-06-22
        var dueIn1 = await History.AssignedOnAsync(new(2026, 3, 16)); // due 2026-06-16
        var dueIn10 = await History.AssignedOnAsync(new(2026, 3, 25)); // due 2026-06-25: no reminder today
        var overdueKey = await History.AssignedOnAsync(new(2026, 3, 1), key: true); // due 2026-06-01, 14 days overdue
        var inB = await History.AssignedOnAsync(new(2026, 3, 30), town: World.B);

        var created = await SweepAsync();

        // A: 3 due soon × (secretary, unit) + overdue × (secretary, unit, chair) = 9; B: secretary and unit = 2.
        Assert.Equal(11, created);
        Assert.Equal(Sorted(dueIn15, dueIn7, dueIn1, overdueKey), await SubjectsAsync("unit.a"));
        Assert.Equal(Sorted(dueIn15, dueIn7, dueIn1, overdueKey), await SubjectsAsync("secretary.a"));
        Assert.Equal(Sorted(overdueKey), await SubjectsAsync("presidium.a"));
        Assert.Equal(Sorted(inB), await SubjectsAsync("unit.b"));
        Assert.Empty(await SubjectsAsync("deputy.a"));
        Assert.DoesNotContain(dueIn10, await SubjectsAsync("secretary.a"));

        Assert.Equal(0, await SweepAsync());
        Assert.Equal(11, await CountAllAsync());
    }

    [Fact]
    public async Task Reminder_NamesTheProposalItsDeadlineAndLinksToIt_InChinese()
    {
        var id = await History.AssignedOnAsync(new(2026, 3, 1)); // due 2026-06-01
        await SweepAsync();

        var item = (await ListAsync("secretary.a")).Single();
        Assert.Equal("ProposalOverdue", item.GetProperty("kind").GetString());
        Assert.Equal("建议办理超期", item.GetProperty("kindLabel").GetString());
        Assert.Equal($"/proposals/{id}", item.GetProperty("link").GetString());
        Assert.Contains("已超期14天", item.GetProperty("title").GetString(), StringComparison.Ordinal);
        var body = item.GetProperty("body").GetString()!;
        Assert.Contains("2026年6月1日", body, StringComparison.Ordinal);
        Assert.Contains(World.A.Units[0].Name, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inbox_ListsUnreadFirst_CountsThem_AndMarksOwnOnly()
    {
        await History.AssignedOnAsync(new(2026, 3, 30));
        await History.AssignedOnAsync(new(2026, 3, 22));
        await SweepAsync();
        var unit = await As("unit.a");
        var items = await ListAsync("unit.a");
        Assert.Equal(2, await UnreadAsync(unit));

        var first = items[0].GetProperty("id").GetGuid();
        var read = await unit.PostAsync($"{Inbox}/{first}/read", null);
        await read.ShouldBe(HttpStatusCode.OK);
        Assert.NotEqual(JsonValueKind.Null, (await read.JsonAsync()).GetProperty("readAt").ValueKind);
        Assert.Equal(1, await UnreadAsync(unit));
        var reordered = await ListAsync("unit.a");
        Assert.Equal(first, reordered[^1].GetProperty("id").GetGuid()); // the read one goes after the unread

        await (await (await As("secretary.a")).PostAsync($"{Inbox}/{reordered[0].GetProperty("id").GetGuid()}/read", null)).ShouldBe(HttpStatusCode.NotFound);
        Assert.Equal(1, await UnreadAsync(unit));

        var all = await unit.PostAsync($"{Inbox}/read-all", null);
        await all.ShouldBe(HttpStatusCode.OK);
        Assert.Equal(1, (await all.JsonAsync()).GetProperty("marked").GetInt32());
        Assert.Equal(0, await UnreadAsync(unit));
        Assert.Equal(2, await UnreadAsync(await As("secretary.a"))); // the secretary's copies are their own
    }

    [Fact]
    public async Task Sweep_IsSystemOnly_AndTheInboxNeedsASignIn()
    {
        await (await Portal.CreateClient().GetAsync(Inbox)).ShouldBe(HttpStatusCode.Unauthorized);
        await using var scope = Portal.Services.CreateAsyncScope(); // a request scope with nobody signed in
        await Assert.ThrowsAnyAsync<Exception>(async () => await scope.ServiceProvider.GetRequiredService<ISender>().Send(new SweepProposalDeadlines()));
    }

    private async Task<int> SweepAsync()
    {
        await using var scope = Portal.SystemScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(new SweepProposalDeadlines());
    }

    private async Task<int> CountAllAsync()
    {
        await using var scope = Portal.SystemScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Notifications.CountAsync();
    }

    private async Task<List<JsonElement>> ListAsync(string user)
    {
        var response = await (await As(user)).GetAsync($"{Inbox}?pageSize=100");
        await response.ShouldBe(HttpStatusCode.OK);
        return [.. (await response.JsonAsync()).GetProperty("items").EnumerateArray()];
    }

    private async Task<Guid[]> SubjectsAsync(string user) =>
        [.. (await ListAsync(user)).Select(i => i.GetProperty("subjectId").GetGuid()).Order()];

    private static Guid[] Sorted(params Guid[] ids) => [.. ids.Order()];

    private static async Task<int> UnreadAsync(HttpClient client)
    {
        var response = await client.GetAsync($"{Inbox}/unread-count");
        await response.ShouldBe(HttpStatusCode.OK);
        return (await response.JsonAsync()).GetProperty("unread").GetInt32();
    }
}
