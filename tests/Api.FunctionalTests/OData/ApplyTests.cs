using System.Globalization;
using System.Net;
using System.Text.Json;
using DeputyPortal.Api.FunctionalTests.Compliance;
using DeputyPortal.Api.FunctionalTests.Proposals;
using DeputyPortal.Api.FunctionalTests.Support;
using DeputyPortal.Domain.Activities;
using DeputyPortal.Domain.Proposals;

namespace DeputyPortal.Api.FunctionalTests.OData;

/// <summary>
/// Every $apply shape docs/odata.md names, on PostgreSQL, read with ODataMessageReader: an OData payload
/// (<c>@odata.context</c>, <c>value</c>) whose rows carry the grouping properties and the aggregated aliases.
/// </summary>
public sealed class ApplyTests(PortalFactory portal) : PortalTest(portal)
{
    [Fact]
    public async Task GroupbyWithCountAndSum_IsAnODataPayload_OrderedByTheGroup()
    {
        await TwoOverdueInAAndOneFreshInBAsync();
        using var county = await As("county");
        var model = await ODataClient.MetadataAsync(county);

        var page = await ODataClient.ReadGroupsAsync(county, model,
            "/odata/Proposals?$apply=groupby((TownshipCode,TownshipName),aggregate($count as Proposals,DaysOverdue with sum as DaysOverdue))&$orderby=TownshipCode",
            "Proposals");

        using (var envelope = JsonDocument.Parse(page.Body))
        {
            Assert.EndsWith("$metadata#Proposals(TownshipCode,TownshipName,Proposals,DaysOverdue)", envelope.RootElement.GetProperty("@odata.context").GetString());
            Assert.Equal(JsonValueKind.Array, envelope.RootElement.GetProperty("value").ValueKind);
        }

        Assert.Equal([World.A.Township.Code, World.B.Township.Code], page.Rows.Select(r => r["TownshipCode"]));
        Assert.Equal([World.A.Township.Name, World.B.Township.Name], page.Rows.Select(r => r["TownshipName"]));
        Assert.Equal([2L, 1L], page.Rows.Select(r => Number(r["Proposals"])));
        Assert.Equal(OverdueDays(new DateOnly(2026, 4, 5)) + OverdueDays(new DateOnly(2026, 4, 6)), Number(page.Rows[0]["DaysOverdue"]));
        Assert.Equal(0L, Number(page.Rows[1]["DaysOverdue"]));
    }

    [Fact]
    public async Task FilterInsideApply_ThenGroupby()
    {
        await TwoOverdueInAAndOneFreshInBAsync();
        using var county = await As("county");
        var model = await ODataClient.MetadataAsync(county);

        var page = await ODataClient.ReadGroupsAsync(county, model,
            "/odata/Proposals?$apply=filter(IsOverdue)/groupby((TownshipName),aggregate($count as Overdue))", "Proposals");

        Assert.Equal([(World.A.Township.Name, 2L)], page.Rows.Select(r => ((string?)r["TownshipName"], Number(r["Overdue"]))));
    }

    [Fact]
    public async Task AggregateWithoutGroupby_AverageMinMax()
    {
        await TwoOverdueInAAndOneFreshInBAsync();
        using var county = await As("county");
        var model = await ODataClient.MetadataAsync(county);

        var page = await ODataClient.ReadGroupsAsync(county, model,
            "/odata/Proposals?$apply=filter(IsOverdue)/aggregate(DaysOverdue with average as AverageDays,DaysOverdue with min as MinDays,DaysOverdue with max as MaxDays)",
            "Proposals");

        var row = Assert.Single(page.Rows);
        var first = OverdueDays(new DateOnly(2026, 4, 5));
        var second = OverdueDays(new DateOnly(2026, 4, 6));
        Assert.Equal((first + second) / 2m, Convert.ToDecimal(row["AverageDays"], CultureInfo.InvariantCulture));
        Assert.Equal(second, Number(row["MinDays"]));
        Assert.Equal(first, Number(row["MaxDays"]));
    }

    [Fact]
    public async Task CountDistinct_CountsEachValueOnce()
    {
        var history = new ProposalHistory(Portal);
        await history.AssignedOnAsync(new DateOnly(2026, 1, 5));
        await history.AssignedOnAsync(new DateOnly(2026, 2, 5));
        await history.AssignedOnAsync(new DateOnly(2026, 3, 5), town: World.B);
        using var county = await As("county");
        var model = await ODataClient.MetadataAsync(county);

        var page = await ODataClient.ReadGroupsAsync(county, model,
            "/odata/Proposals?$apply=groupby((TownshipName),aggregate(LeadDeputyId with countdistinct as Deputies,$count as Proposals))&$orderby=TownshipName",
            "Proposals");

        var a = page.Rows.Single(r => (string?)r["TownshipName"] == World.A.Township.Name);
        Assert.Equal((1L, 2L), (Number(a["Deputies"]), Number(a["Proposals"])));
        var b = page.Rows.Single(r => (string?)r["TownshipName"] == World.B.Township.Name);
        Assert.Equal((1L, 1L), (Number(b["Deputies"]), Number(b["Proposals"])));
    }

    [Fact]
    public async Task GroupbyAnEnum_AndOrderByTheAggregate_WithTop()
    {
        var history = new ProposalHistory(Portal);
        await history.RepliedOnAsync(new DateOnly(2026, 1, 5), new DateOnly(2026, 2, 1), ReplyClass.A);
        await history.RepliedOnAsync(new DateOnly(2026, 1, 6), new DateOnly(2026, 2, 2), ReplyClass.A);
        await history.RepliedOnAsync(new DateOnly(2026, 1, 7), new DateOnly(2026, 2, 3), ReplyClass.C);
        using var county = await As("county");
        var model = await ODataClient.MetadataAsync(county);

        var page = await ODataClient.ReadGroupsAsync(county, model,
            "/odata/Proposals?$apply=filter(LastReplyClass ne null)/groupby((LeadUnitName,LastReplyClass),aggregate($count as Replies))&$orderby=Replies desc&$top=1",
            "Proposals");

        var row = Assert.Single(page.Rows);
        Assert.Equal(World.A.Units[0].Name, row["LeadUnitName"]);
        Assert.Equal("A", row["LastReplyClass"]);
        Assert.Equal(2L, Number(row["Replies"]));
    }

    [Fact]
    public async Task Activities_GroupbyTownshipYearQuarter_AndSumOfPresent()
    {
        var compliance = new ComplianceHistory(Portal);
        await compliance.GroupActivityAsync(World.A, new DateOnly(2026, 4, 10), World.A.Deputy, World.A.OtherDeputy);
        await compliance.GroupActivityAsync(World.B, new DateOnly(2026, 5, 10), World.B.Deputy);
        await compliance.GroupActivityAsync(World.B, new DateOnly(2026, 2, 10), World.B.Deputy);
        using var county = await As("county");
        var model = await ODataClient.MetadataAsync(county);

        var page = await ODataClient.ReadGroupsAsync(county, model,
            "/odata/Activities?$apply=groupby((TownshipCode,TownshipName,Year,Quarter),aggregate($count as Activities,PresentCount with sum as Present))&$orderby=TownshipCode,Quarter",
            "Activities");

        Assert.Equal(
            [(World.A.Township.Name, 2026, 2, 1L, 2L), (World.B.Township.Name, 2026, 1, 1L, 1L), (World.B.Township.Name, 2026, 2, 1L, 1L)],
            page.Rows.Select(r => ((string?)r["TownshipName"], (int)r["Year"]!, (int)r["Quarter"]!, Number(r["Activities"]), Number(r["Present"]))));
    }

    [Fact]
    public async Task GroupbyWithoutAggregate_GivesTheDistinctValues()
    {
        var compliance = new ComplianceHistory(Portal);
        await compliance.GroupActivityAsync(World.A, new DateOnly(2026, 4, 10), World.A.Deputy);
        await compliance.GroupActivityAsync(World.A, new DateOnly(2026, 5, 10), World.A.Deputy);
        using var county = await As("county");
        var model = await ODataClient.MetadataAsync(county);

        var page = await ODataClient.ReadGroupsAsync(county, model, "/odata/Activities?$apply=groupby((TownshipName,Kind))", "Activities");

        Assert.Equal([(World.A.Township.Name, nameof(ActivityKind.Training))], page.Rows.Select(r => ((string?)r["TownshipName"], r["Kind"])));
    }

    [Fact]
    public async Task GroupedRows_Page_WithNextLink()
    {
        var compliance = new ComplianceHistory(Portal);
        await compliance.GroupActivityAsync(World.A, new DateOnly(2026, 1, 10), World.A.Deputy);
        await compliance.GroupActivityAsync(World.A, new DateOnly(2026, 4, 10), World.A.Deputy);
        await compliance.GroupActivityAsync(World.B, new DateOnly(2026, 5, 10), World.B.Deputy);
        using var county = await As("county");
        var model = await ODataClient.MetadataAsync(county);
        county.DefaultRequestHeaders.Add("Prefer", "odata.maxpagesize=2");

        var seen = new List<(string?, int)>();
        string? url = "/odata/Activities?$apply=groupby((TownshipName,Quarter),aggregate($count as Activities))";
        var pages = 0;
        while (url is not null)
        {
            var page = await ODataClient.ReadGroupsAsync(county, model, url, "Activities");
            seen.AddRange(page.Rows.Select(r => ((string?)r["TownshipName"], (int)r["Quarter"]!)));
            url = page.NextLink?.PathAndQuery;
            pages++;
        }

        Assert.Equal(2, pages);
        Assert.Equal(
            new (string?, int)[] { (World.A.Township.Name, 1), (World.A.Township.Name, 2), (World.B.Township.Name, 2) }.Order(),
            seen.Order());
    }

    [Theory]
    [InlineData("/odata/Proposals?$apply=groupby((Title),aggregate(Title with sum as S))")]
    [InlineData("/odata/Proposals?$apply=groupby((Nope))")]
    [InlineData("/odata/Proposals?$apply=groupby((TownshipName),aggregate(LastStepAt with average as M))")]
    [InlineData("/odata/Proposals?$apply=filter(fractionalseconds(LastStepAt) gt 0)/groupby((TownshipName),aggregate($count as N))")]
    [InlineData("/odata/Proposals?$filter=fractionalseconds(LastStepAt) gt 0")]
    [InlineData("/odata/Proposals?$filter=indexof(Title,'x') eq 1 and matchesPattern(Title,'^a')")]
    public async Task WhatPostgreSqlCannotBeAsked_Answers400(string url)
    {
        await TwoOverdueInAAndOneFreshInBAsync();
        using var county = await As("county");

        using var response = await county.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task AggregatedValues_CanBeFilteredAndGroupedAgain()
    {
        await TwoOverdueInAAndOneFreshInBAsync();
        using var county = await As("county");
        var model = await ODataClient.MetadataAsync(county);

        var filtered = await ODataClient.ReadGroupsAsync(county, model,
            "/odata/Proposals?$apply=groupby((TownshipName),aggregate(DaysOverdue with sum as DaysOverdue))/filter(DaysOverdue gt 10)", "Proposals");
        var regrouped = await ODataClient.ReadGroupsAsync(county, model,
            "/odata/Proposals?$apply=groupby((TownshipName),aggregate(DaysOverdue with sum as DaysOverdue))/groupby((DaysOverdue),aggregate($count as Townships))&$orderby=DaysOverdue",
            "Proposals");

        var total = OverdueDays(new DateOnly(2026, 4, 5)) + OverdueDays(new DateOnly(2026, 4, 6));
        Assert.Equal([(World.A.Township.Name, total)], filtered.Rows.Select(r => ((string?)r["TownshipName"], Number(r["DaysOverdue"]))));
        Assert.Equal([(0L, 1L), (total, 1L)], regrouped.Rows.Select(r => (Number(r["DaysOverdue"]), Number(r["Townships"]))));
    }

    private async Task TwoOverdueInAAndOneFreshInBAsync()
    {
        var history = new ProposalHistory(Portal);
        await history.AssignedOnAsync(new DateOnly(2026, 1, 5));
        await history.AssignedOnAsync(new DateOnly(2026, 1, 6));
        await history.AssignedOnAsync(new DateOnly(2026, 6, 1), town: World.B);
    }

    /// <summary>Days overdue today (2026-06-15) of a proposal due on <paramref name="dueOn"/>.</summary>
    private static long OverdueDays(DateOnly dueOn) => DateOnly.FromDateTime(TestWorld.Now.Date).DayNumber - dueOn.DayNumber;

    private static long Number(object? value) => Convert.ToInt64(value, CultureInfo.InvariantCulture);
}
