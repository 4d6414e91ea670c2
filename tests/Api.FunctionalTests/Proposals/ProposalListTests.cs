using System.Net;
using DeputyPortal.Api.FunctionalTests.Support;

namespace DeputyPortal.Api.FunctionalTests.Proposals;

public sealed class ProposalListTests(PortalFactory portal) : PortalTest(portal)
{
    private static readonly DateOnly Today = new(2026, 6, 15);

    private ProposalFlow Flow => new(Portal);

    private ProposalHistory History => new(Portal);

    [Fact]
    public async Task List_EachFilter_NarrowsToTheMatchingProposals()
    {
        var suggestion = await Flow.AssignedAsync();
        var motion = await Flow.RegisteredAsync(Flow.Motion());
        var streetLights = await Flow.SubmittedByAsync("deputy2.a", Flow.Suggestion("关于增设茶亭街路灯的建议", category: "城乡建设"));
        var betweenSessions = await Flow.SubmittedAsync(Flow.BetweenSessions());
        var overdueKey = await History.AssignedOnAsync(new DateOnly(2026, 3, 1), key: true);
        var inB = await Flow.AssignedInBAsync();
        var number = suggestion.Json.GetProperty("number").GetString()!;

        var expectations = new (string Query, Guid[] Expected)[]
        {
            ($"townshipId={World.B.Township.Id}", [inB.Id]),
            ($"termId={World.A.Term.Id}", [suggestion.Id, motion.Id, streetLights.Id, betweenSessions.Id, overdueKey]),
            ($"sessionId={World.A.Session.Id}", [suggestion.Id, motion.Id, streetLights.Id, overdueKey]),
            ("kind=Motion", [motion.Id]),
            ("status=Submitted", [streetLights.Id, betweenSessions.Id]),
            ("category=城乡建设", [streetLights.Id, inB.Id]),
            ($"leadUnitId={World.A.Units[0].Id}", [suggestion.Id, overdueKey]),
            ($"deputyId={World.A.OtherDeputy.Id}", [motion.Id, streetLights.Id]),
            ("isKey=true", [overdueKey]),
            ("overdue=true", [overdueKey]),
            ("overdue=false", [suggestion.Id, motion.Id, streetLights.Id, betweenSessions.Id, inB.Id]),
            ("submittedFrom=2026-06-01", [suggestion.Id, motion.Id, streetLights.Id, betweenSessions.Id, inB.Id]),
            ("submittedTo=2026-03-01", [overdueKey]),
            ("assignedFrom=2026-06-15&assignedTo=2026-06-15", [suggestion.Id, inB.Id]),
            ("dueTo=2026-06-30", [overdueKey]),
            ("dueFrom=2026-07-01", [suggestion.Id, inB.Id]),
            ("search=路灯", [streetLights.Id]),
            ($"townshipId={World.A.Township.Id}&search={number}", [suggestion.Id]), // B numbers its own series alike
            ($"townshipId={World.A.Township.Id}&kind=Suggestion&status=Assigned", [suggestion.Id, overdueKey]),
        };

        foreach (var (query, expected) in expectations)
        {
            var ids = await Flow.IdsAsync("county", query);
            Assert.True(
                expected.Order().SequenceEqual(ids.Order()),
                $"{query}: expected {expected.Length} proposals, got {ids.Count}");
        }
    }

    [Fact]
    public async Task List_Items_CarryTheWarningOfToday()
    {
        var green = await Flow.AssignedAsync();
        var overdue = await History.AssignedOnAsync(new DateOnly(2026, 3, 1));
        var submitted = await Flow.SubmittedAsync();

        var items = (await Flow.ListAsync("secretary.a")).GetProperty("items").EnumerateArray()
            .ToDictionary(i => i.GetProperty("id").GetGuid());

        Assert.Equal("green", items[green.Id].GetProperty("warningColor").GetString());
        Assert.False(items[green.Id].GetProperty("isOverdue").GetBoolean());
        Assert.Equal("red", items[overdue].GetProperty("warningColor").GetString());
        Assert.True(items[overdue].GetProperty("isOverdue").GetBoolean());
        Assert.Equal(14, items[overdue].GetProperty("daysOverdue").GetInt32());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, items[submitted.Id].GetProperty("warningColor").ValueKind);
        Assert.False(items[submitted.Id].TryGetProperty("content", out _));
    }

    [Fact]
    public async Task List_Items_NameTheLeadDeputyAndLeadUnit()
    {
        var assigned = await Flow.AssignedAsync();
        var submitted = await Flow.SubmittedAsync();

        var items = (await Flow.ListAsync("secretary.a")).GetProperty("items").EnumerateArray()
            .ToDictionary(i => i.GetProperty("id").GetGuid());

        Assert.Equal(World.A.Deputy.Name, items[assigned.Id].GetProperty("leadDeputyName").GetString());
        Assert.Equal(World.A.Units[0].Name, items[assigned.Id].GetProperty("leadUnitName").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, items[submitted.Id].GetProperty("leadUnitName").ValueKind);
    }

    [Fact]
    public async Task List_PagesAndSorts()
    {
        // Due 2026-06-01, 2026-07-01 and 2026-08-01; submitted ten days before each assignment.
        var early = await History.AssignedOnAsync(new DateOnly(2026, 3, 1));
        var middle = await History.AssignedOnAsync(new DateOnly(2026, 4, 1));
        var late = await History.AssignedOnAsync(new DateOnly(2026, 5, 1));

        Assert.Equal([late, middle, early], await Flow.IdsAsync("secretary.a"));
        Assert.Equal([early, middle, late], await Flow.IdsAsync("secretary.a", "sort=dueOn"));
        Assert.Equal([early, middle, late], await Flow.IdsAsync("secretary.a", "sort=number"));

        var page = await Flow.ListAsync("secretary.a", "sort=-assignedOn&page=2&pageSize=2");
        Assert.Equal(2, page.GetProperty("page").GetInt32());
        Assert.Equal(2, page.GetProperty("pageSize").GetInt32());
        Assert.Equal(3, page.GetProperty("totalCount").GetInt32());
        Assert.Equal(early, Assert.Single(page.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task List_SortedByStatus_FollowsTheWorkflowNotTheAlphabet()
    {
        var assigned = await Flow.AssignedAsync();
        var registered = await Flow.RegisteredAsync();
        var submitted = await Flow.SubmittedAsync();

        Assert.Equal([submitted.Id, registered.Id, assigned.Id], await Flow.IdsAsync("secretary.a", "sort=status"));
        Assert.Equal([assigned.Id, registered.Id, submitted.Id], await Flow.IdsAsync("secretary.a", "sort=-status"));
    }

    [Theory]
    [InlineData("pageSize=201", "pageSize")]
    [InlineData("page=0", "page")]
    [InlineData("sort=content", "sort")]
    [InlineData("color=purple", "color")]
    [InlineData("submittedFrom=2026-06-10&submittedTo=2026-06-01", "submittedTo")]
    public async Task List_WithBadQuery_IsRefusedNamingTheField(string queryString, string field)
    {
        var response = await (await As("county")).GetAsync($"/api/v1/proposals?{queryString}");

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Contains(await response.FieldRulesAsync(), r => r.StartsWith(field + ":", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ColorAndOverdueFilters_SplitAtTheDefaultThresholds()
    {
        // Days left to the deadline → the proposal assigned three months before it.
        var byDaysLeft = new Dictionary<int, Guid>();
        foreach (var daysLeft in new[] { 31, 30, 8, 7, 0, -1 })
        {
            byDaysLeft[daysLeft] = await History.AssignedOnAsync(Today.AddDays(daysLeft).AddMonths(-3));
        }

        var notAwaitingReply = await Flow.SubmittedAsync();

        Assert.Equal(Ids(byDaysLeft, 31), Sorted(await Flow.IdsAsync("secretary.a", "color=green")));
        Assert.Equal(Ids(byDaysLeft, 30, 8), Sorted(await Flow.IdsAsync("secretary.a", "color=yellow")));
        Assert.Equal(Ids(byDaysLeft, 7, 0, -1), Sorted(await Flow.IdsAsync("secretary.a", "color=RED")));
        Assert.Equal(Ids(byDaysLeft, -1), Sorted(await Flow.IdsAsync("secretary.a", "overdue=true")));
        Assert.Equal(
            Ids(byDaysLeft, 31, 30, 8, 7, 0).Append(notAwaitingReply.Id).Order(),
            Sorted(await Flow.IdsAsync("secretary.a", "overdue=false")));
        Assert.Equal(Ids(byDaysLeft, 7, 0), Sorted(await Flow.IdsAsync("secretary.a", "color=red&overdue=false&dueFrom=2026-06-15")));
    }

    [Fact]
    public async Task ColorFilter_UsesEachTownshipsOwnThresholds()
    {
        // Township A warns yellow from 60 days left; township B keeps the defaults (30).
        await Flow.UseWarningThresholdsAsync(World.A.Township.Id, yellowDays: 60, redDays: 7);
        var byDaysLeft = new Dictionary<int, Guid>();
        foreach (var daysLeft in new[] { 61, 60, 31, 7 })
        {
            byDaysLeft[daysLeft] = await History.AssignedOnAsync(Today.AddDays(daysLeft).AddMonths(-3));
        }

        var inB = await Flow.AssignedInBAsync(); // 92 days left

        Assert.Equal(Ids(byDaysLeft, 61).Append(inB.Id).Order(), Sorted(await Flow.IdsAsync("county", "color=green")));
        Assert.Equal(Ids(byDaysLeft, 60, 31), Sorted(await Flow.IdsAsync("county", "color=yellow")));
        Assert.Equal(Ids(byDaysLeft, 7), Sorted(await Flow.IdsAsync("county", "color=red")));

        var items = (await Flow.ListAsync("county")).GetProperty("items").EnumerateArray()
            .ToDictionary(i => i.GetProperty("id").GetGuid(), i => i.GetProperty("warningColor").GetString());
        Assert.Equal("yellow", items[byDaysLeft[31]]);
        Assert.Equal("green", items[byDaysLeft[61]]);
    }

    [Fact]
    public async Task List_IsScopedToWhatTheCallerMaySee()
    {
        var own = await Flow.AssignedAsync();
        var coSigned = await Flow.SubmittedAsync(Flow.Motion());
        var ofOtherDeputy = await Flow.SubmittedByAsync("deputy2.a", Flow.Suggestion("关于增设茶亭街路灯的建议"));
        var otherUnitOnly = await Flow.AssignedToAsync(await Flow.SubmittedAsync(), World.A.Units[1].Id);
        var coUnit = await Flow.AssignedToAsync(await Flow.SubmittedAsync(), World.A.Units[1].Id, [World.A.Units[0].Id]);
        var inB = await Flow.AssignedInBAsync();
        Guid[] allOfA = [own.Id, coSigned.Id, ofOtherDeputy.Id, otherUnitOnly.Id, coUnit.Id];

        Assert.Equal(Sorted([own.Id, coSigned.Id, otherUnitOnly.Id, coUnit.Id]), Sorted(await Flow.IdsAsync("deputy.a")));
        Assert.Equal(Sorted([coSigned.Id, ofOtherDeputy.Id]), Sorted(await Flow.IdsAsync("deputy2.a")));
        Assert.Equal(Sorted([own.Id, coUnit.Id]), Sorted(await Flow.IdsAsync("unit.a")));
        Assert.Equal(Sorted(allOfA), Sorted(await Flow.IdsAsync("secretary.a")));
        Assert.Equal(Sorted(allOfA), Sorted(await Flow.IdsAsync("presidium.a")));
        Assert.Equal([inB.Id], await Flow.IdsAsync("secretary.b"));
        Assert.Empty(await Flow.IdsAsync("secretary.b", $"townshipId={World.A.Township.Id}"));
        Assert.Equal(Sorted([.. allOfA, inB.Id]), Sorted(await Flow.IdsAsync("county")));
        Assert.Equal([coSigned.Id], await Flow.IdsAsync("deputy2.a", $"deputyId={World.A.Deputy.Id}"));
    }

    [Fact]
    public async Task MyProposals_AreThoseTheDeputyLeadsOrCoSigned()
    {
        var led = await Flow.SubmittedByAsync("deputy2.a", Flow.Suggestion("关于增设茶亭街路灯的建议"));
        var coSigned = await Flow.SubmittedAsync(Flow.Motion());
        await Flow.AssignedAsync();

        Assert.Equal(Sorted([led.Id, coSigned.Id]), Sorted(await Flow.IdsAsync("deputy2.a", path: "/api/v1/me/proposals")));
        Assert.Equal([coSigned.Id], await Flow.IdsAsync("deputy2.a", "kind=Motion", "/api/v1/me/proposals"));

        var page = await Flow.ListAsync("deputy2.a", "pageSize=1&sort=title", "/api/v1/me/proposals");
        Assert.Equal(2, page.GetProperty("totalCount").GetInt32());
    }

    [Theory]
    [InlineData("secretary.a")]
    [InlineData("unit.a")]
    [InlineData("county")]
    public async Task MyProposals_ForSomeoneNotADeputy_IsForbidden(string user)
    {
        var response = await (await As(user)).GetAsync("/api/v1/me/proposals");

        await response.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task MyProposals_WithBadSort_IsRefusedNamingTheField()
    {
        var response = await (await As("deputy.a")).GetAsync("/api/v1/me/proposals?sort=content");

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("sort:SortKeyIsKnown", await response.FieldRulesAsync());
    }

    private static Guid[] Ids(Dictionary<int, Guid> byDaysLeft, params int[] daysLeft) => [.. daysLeft.Select(d => byDaysLeft[d]).Order()];

    private static Guid[] Sorted(IEnumerable<Guid> ids) => [.. ids.Order()];
}
