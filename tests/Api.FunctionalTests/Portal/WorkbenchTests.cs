using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using DeputyPortal.Api.FunctionalTests.Activities;
using DeputyPortal.Api.FunctionalTests.Proposals;
using DeputyPortal.Api.FunctionalTests.Support;
using DeputyPortal.Domain.Proposals;
using DeputyPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PresidiumApi = DeputyPortal.Api.FunctionalTests.Meetings.Presidium;

namespace DeputyPortal.Api.FunctionalTests.Portal;

/// <summary>
/// The secretary's 工作台 (home page) on crafted data in both townships: every count equals a count made here from the
/// records and the domain's own rules, every count's link opens a list of exactly those rows, the other township's
/// rows never count, and a write shows on the very next request (the answer is cached by the data's version).
/// </summary>
public sealed partial class WorkbenchTests(PortalFactory portal) : PortalTest(portal)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(TestWorld.Now.DateTime);

    private ProposalFlow Flow => new(Portal);

    private ProposalHistory History => new(Portal);

    [Fact]
    public async Task EveryCount_EqualsTheRecords_AndLinksToExactlyItsRows_InTheSecretarysTownshipOnly()
    {
        await CraftAsync();
        using var browser = Portal.Browser();
        await (await browser.SignInAsync("secretary.a", PortalFactory.Password)).ShouldBe(HttpStatusCode.OK);
        var home = await HomeAsync(browser);
        var expected = await ExpectedAsync(World.A.Township.Id);

        // Every kind of work the crafted data holds shows, and none is empty (so no count can pass by being zero).
        Assert.Equal(expected.Keys.Order(), home.Keys.Order());
        Assert.All(expected, e => Assert.NotEmpty(e.Value));
        foreach (var (key, ids) in expected)
        {
            Assert.True(ids.Count == home[key].Count, $"{key}: the page counts {home[key].Count}, the records {ids.Count}");
        }

        // Each count's link lists exactly the rows counted: the proposals, the activities and the meetings.
        foreach (var (key, count) in home.Where(h => h.Value.Href is not null))
        {
            using var list = await browser.GetAsync(WebUtility.HtmlDecode(count.Href));
            await list.ShouldBe(HttpStatusCode.OK);
            var html = await list.Content.ReadAsStringAsync();
            if (key is "rectifications" or "decisions")
            {
                var (route, rows) = key == "rectifications" ? ("activities", "rectifications-activities") : ("meetings", "decisions-meetings");
                var linked = Regex.Matches(html, $"href=\"/{route}/([0-9a-f-]{{36}})\"").Select(m => Guid.Parse(m.Groups[1].Value)).Distinct().Order();
                Assert.Equal(expected[rows].Order(), linked);
                continue;
            }

            Assert.Equal($"共 {count.Count} 件", Total().Match(html).Value);
            Assert.Equal(expected[key].Order(), ListedIds().Matches(html).Select(m => Guid.Parse(m.Groups[1].Value)).Order());
        }

        Assert.Contains(home, h => h.Key == "rectifications" && h.Value.Href is not null);
        Assert.Contains(home, h => h.Key == "decisions" && h.Value.Href is not null);

        // The other township's secretary sees their own figures, which the crafted B rows make different.
        using var other = Portal.Browser();
        await (await other.SignInAsync("secretary.b", PortalFactory.Password)).ShouldBe(HttpStatusCode.OK);
        var homeB = await HomeAsync(other);
        var expectedB = await ExpectedAsync(World.B.Township.Id);
        Assert.All(expectedB, e => Assert.Equal(e.Value.Count, homeB[e.Key].Count));
        Assert.NotEqual(expected["to-register"].Count, homeB["to-register"].Count);
        Assert.NotEqual(expected["overdue"].Count, homeB["overdue"].Count);
    }

    [Fact]
    public async Task AWrite_ChangesTheFigures_OnTheNextRequest()
    {
        var submitted = await Flow.SubmittedAsync();
        using var browser = Portal.Browser();
        await (await browser.SignInAsync("secretary.a", PortalFactory.Password)).ShouldBe(HttpStatusCode.OK);
        var before = await HomeAsync(browser);
        Assert.Equal(1, before["to-register"].Count);
        Assert.Equal(0, before["to-assign"].Count);
        Assert.Equal(before["to-register"].Count, (await HomeAsync(browser))["to-register"].Count); // the same answer again

        await Flow.ActAsync("secretary.a", submitted, "register");
        var after = await HomeAsync(browser);
        Assert.Equal(0, after["to-register"].Count);
        Assert.Equal(1, after["to-assign"].Count);

        // A write that touches no proposal moves the figures it touches: an overdue rectification item.
        var flow = new ActivityFlow(Portal);
        var activity = await flow.RecordAsync(flow.Body());
        Assert.Equal(0, (await HomeAsync(browser))["rectifications"].Count);
        await flow.AddItemAsync(activity, ActivityFlow.Item(World.A.Units[0].Id, Today.AddDays(-3)));
        Assert.Equal(1, (await HomeAsync(browser))["rectifications"].Count);
    }

    [Fact]
    public async Task PresidiumMembers_SeeTheirTownshipsWorkbench_OtherRolesTheirOwnWork()
    {
        await Flow.SubmittedAsync();
        using var presidium = Portal.Browser();
        await (await presidium.SignInAsync("presidium.a", PortalFactory.Password)).ShouldBe(HttpStatusCode.OK);
        Assert.Equal(1, (await HomeAsync(presidium))["to-register"].Count);

        foreach (var (user, link) in new[] { ("unit.a", "本单位承办的建议"), ("deputy.a", "我的建议"), ("county", "达标情况") })
        {
            using var browser = Portal.Browser();
            await (await browser.SignInAsync(user, PortalFactory.Password)).ShouldBe(HttpStatusCode.OK);
            using var page = await browser.GetAsync("/");
            await page.ShouldBe(HttpStatusCode.OK);
            var html = await page.Content.ReadAsStringAsync();
            Assert.DoesNotContain("data-count=", html, StringComparison.Ordinal);
            Assert.Contains(link, html, StringComparison.Ordinal);
        }
    }

    /// <summary>
    /// Township A: two to register, one to assign, one returned by its unit, overdue by 3, 14 and 66 days, one red, one
    /// green, one with a pending extension, one replied awaiting its rating; rectification items and decision follow-ups
    /// overdue, completed and not yet due. Township B: some of the same, which A's page must not count.
    /// </summary>
    private async Task CraftAsync()
    {
        await Flow.SubmittedAsync();
        await Flow.SubmittedAsync(Flow.BetweenSessions());
        await Flow.RegisteredAsync();
        var returned = await History.AssignedOnAsync(Today.AddDays(-5));
        await History.ChangeAsync(returned, (p, _, on) => p.Return(World.A.Units[0].Id, "不属于本单位职责。", ProposalRules.Default, on(Today.AddDays(-3))));
        await History.AssignedOnAsync(new DateOnly(2026, 3, 12)); // due 06-12: 3 days overdue
        await History.AssignedOnAsync(new DateOnly(2026, 3, 1)); // due 06-01: 14 days overdue
        await History.AssignedOnAsync(new DateOnly(2026, 1, 10)); // due 04-10: 66 days overdue
        await History.AssignedOnAsync(new DateOnly(2026, 3, 20)); // due 06-20: red, 5 days left
        await Flow.AssignedAsync(); // due 09-15: green
        var extended = await History.AssignedOnAsync(new DateOnly(2026, 4, 1));
        await History.ChangeAsync(extended, (p, _, on) => p.RequestExtension(World.A.Units[0].Id, new DateOnly(2026, 8, 1), "需协调资金。", on(Today)));
        await History.RepliedOnAsync(new DateOnly(2026, 3, 1), new DateOnly(2026, 6, 5));

        var flow = new ActivityFlow(Portal);
        var activity = await flow.RecordAsync(flow.Body());
        activity = await flow.AddItemAsync(activity, ActivityFlow.Item(World.A.Units[0].Id, new DateOnly(2026, 6, 1)));
        activity = await flow.AddItemAsync(activity, ActivityFlow.Item(World.A.Units[1].Id, new DateOnly(2026, 6, 10), "清理水源地垃圾"));
        activity = await flow.AddItemAsync(activity, ActivityFlow.Item(World.A.Units[0].Id, new DateOnly(2026, 6, 20), "加装净水设备"));
        await flow.AddItemAsync(activity, ActivityFlow.Item(World.A.Units[0].Id, new DateOnly(2026, 6, 2), "修复泵房", "Completed", new DateOnly(2026, 6, 10), "已修复并验收。"));
        var quiet = await flow.RecordAsync(flow.Body(title: "视察村道安全"));
        await flow.AddItemAsync(quiet, ActivityFlow.Item(World.A.Units[0].Id, new DateOnly(2026, 7, 1), "增设护栏"));
        await PresidiumApi.RecordOkAsync(await Portal.ClientForAsync("secretary.a"), PresidiumApi.Meeting(
            World.A.Term.Id, [World.A.Chair.Id], "2026-05-10T09:00:00+08:00", "Regular",
            PresidiumApi.Decision(1, followUpDueOn: "2026-06-10", followUpUnitId: World.A.Units[0].Id),
            PresidiumApi.Decision(1, text: "同意开展饮水安全专项视察", followUpDueOn: "2026-06-12"),
            PresidiumApi.Decision(1, text: "同意表彰优秀代表", followUpDueOn: "2026-06-01", followUpCompletedOn: "2026-06-01"),
            PresidiumApi.Decision(1, text: "同意下季度工作安排", followUpDueOn: "2026-07-01")));

        await Flow.SubmittedByAsync("deputy.b", Flow.SuggestionInB());
        await Flow.SubmittedByAsync("deputy.b", Flow.SuggestionInB("关于整治昂素河道的建议"));
        await Flow.SubmittedByAsync("deputy.b", Flow.SuggestionInB("关于增设昂素村路灯的建议"));
        await History.AssignedOnAsync(new DateOnly(2026, 3, 1), town: World.B);
        var inB = await flow.RecordAsync(flow.Body(World.B), "secretary.b");
        await flow.AddItemAsync(inB, ActivityFlow.Item(World.B.Units[0].Id, new DateOnly(2026, 6, 1)), "secretary.b");
    }

    /// <summary>What each count should be, made here from the records with the domain's own rules (not the lists' SQL).</summary>
    private async Task<Dictionary<string, List<Guid>>> ExpectedAsync(Guid townshipId)
    {
        await using var scope = Portal.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var proposals = await db.Proposals.AsNoTracking().AsSplitQuery().Where(p => p.TownshipId == townshipId).ToListAsync();
        var activities = await db.Activities.AsNoTracking().AsSplitQuery().Where(a => a.TownshipId == townshipId).ToListAsync();
        var meetings = await db.PresidiumMeetings.AsNoTracking().AsSplitQuery().Where(m => m.TownshipId == townshipId).ToListAsync();
        var rules = ProposalRules.Default;

        bool Returned(Proposal p) => p.Status == ProposalStatus.Registered && p.Timeline.Any(e => e.Action == ProposalAction.Returned);
        ProposalWarning? Warning(Proposal p) => p.WarningOn(Today, rules);
        List<Guid> Where(Func<Proposal, bool> predicate) => [.. proposals.Where(predicate).Select(p => p.Id)];
        return new Dictionary<string, List<Guid>>
        {
            ["to-register"] = Where(p => p.Status == ProposalStatus.Submitted),
            ["to-assign"] = Where(p => p.Status == ProposalStatus.Registered && !Returned(p)),
            ["awaiting-reassignment"] = Where(Returned),
            ["extensions"] = Where(p => p.Extensions.Any(e => e.Decision == ExtensionDecision.Pending)),
            ["ratings"] = Where(p => p.Status == ProposalStatus.Replied),
            ["overdue"] = Where(p => Warning(p)?.IsOverdue == true),
            ["red"] = Where(p => Warning(p) is { Color: WarningColor.Red, IsOverdue: false }),
            ["overdue-0"] = Where(p => Warning(p) is { DaysOverdue: >= 1 and <= 7 }),
            ["overdue-1"] = Where(p => Warning(p) is { DaysOverdue: >= 8 and <= 30 }),
            ["overdue-2"] = Where(p => Warning(p) is { DaysOverdue: > 30 }),
            ["rectifications"] = [.. activities.SelectMany(a => a.RectificationItems).Where(r => r.IsOverdue(Today)).Select(r => r.Id)],
            ["rectifications-activities"] = [.. activities.Where(a => a.RectificationItems.Any(r => r.IsOverdue(Today))).Select(a => a.Id)],
            ["decisions"] = [.. meetings.SelectMany(m => m.Decisions).Where(d => d.IsFollowUpOverdue(Today)).Select(d => d.Id)],
            ["decisions-meetings"] = [.. meetings.Where(m => m.Decisions.Any(d => d.IsFollowUpOverdue(Today))).Select(m => m.Id)],
        };
    }

    /// <summary>The counts of the home page by their key, with their links; the parents of the follow-ups from their labels.</summary>
    private static async Task<Dictionary<string, (int Count, string? Href)>> HomeAsync(HttpClient browser)
    {
        using var response = await browser.GetAsync("/");
        await response.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        var counts = Count().Matches(html).ToDictionary(
            m => m.Groups["key"].Value,
            m => (int.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture), m.Groups["href"].Success ? m.Groups["href"].Value : null));
        counts["rectifications-activities"] = (Parents(html, "整改事项逾期（(\\d+) 项活动）"), null);
        counts["decisions-meetings"] = (Parents(html, "会议决定落实逾期（(\\d+) 次会议）"), null);
        return counts;
    }

    private static int Parents(string html, string pattern) =>
        int.Parse(Regex.Match(html, pattern).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex("data-count=\"(?<key>[^\"]+)\"(?: href=\"(?<href>[^\"]*)\")?><span class=\"count\">(?<n>\\d+)</span>")]
    private static partial Regex Count();

    [GeneratedRegex("共 \\d+ 件")]
    private static partial Regex Total();

    [GeneratedRegex("href=\"/proposals/([0-9a-f-]{36})\"")]
    private static partial Regex ListedIds();
}
