using DeputyPortal.Api.FunctionalTests.Support;
using DeputyPortal.Domain.Proposals;

namespace DeputyPortal.Api.FunctionalTests.OData;

/// <summary>ProposalStatistics (township × year) against proposals crafted to hit each definition of docs/odata.md once.</summary>
public sealed class ProposalStatisticsTests(PortalFactory portal) : PortalTest(portal)
{
    [Fact]
    public async Task EachFigure_FollowsItsDefinition()
    {
        await CraftAsync();
        using var county = await As("county");
        var model = await ODataClient.MetadataAsync(county);

        var page = await ODataClient.ReadPageAsync(county, model, "/odata/ProposalStatistics?$orderby=TownshipCode,Year", "ProposalStatistics");

        Assert.Equal(
            [(World.A.Township.Code, 2025), (World.A.Township.Code, 2026), (World.B.Township.Code, 2026)],
            page.Rows.Select(r => ((string?)r["TownshipCode"], (int)r["Year"]!)));
        var a2026 = page.Rows[1];
        Assert.Equal(World.A.Township.Name, a2026["TownshipName"]);
        Assert.Equal(World.A.Township.Id, a2026["TownshipId"]);
        Assert.Equal(
            new Dictionary<string, int>
            {
                ["Received"] = 6, ["Motions"] = 1, ["Suggestions"] = 5, ["Registered"] = 5, ["Rejected"] = 1, ["Assigned"] = 4,
                ["Replied"] = 3, ["RepliedOnTime"] = 2, ["OverdueNow"] = 2, ["ClassA"] = 1, ["ClassB"] = 1, ["ClassC"] = 0, ["ClassD"] = 1,
                ["Rated"] = 3, ["Satisfied"] = 1, ["BasicallySatisfied"] = 1, ["Dissatisfied"] = 1,
            },
            Counts(a2026));
        Assert.Equal(0.6667m, a2026["OnTimeRate"]);
        Assert.Equal(0.6667m, a2026["SatisfactionRate"]);

        var a2025 = page.Rows[0];
        Assert.Equal((1, 1, 1, 1), ((int)a2025["Received"]!, (int)a2025["Replied"]!, (int)a2025["RepliedOnTime"]!, (int)a2025["ClassC"]!));
        Assert.Equal(1m, a2025["OnTimeRate"]);
        Assert.Equal(0, a2025["Rated"]);
        Assert.Null(a2025["SatisfactionRate"]);

        var b2026 = page.Rows[2];
        Assert.Equal((1, 1, 0, 0), ((int)b2026["Received"]!, (int)b2026["Assigned"]!, (int)b2026["Replied"]!, (int)b2026["OverdueNow"]!));
        Assert.Null(b2026["OnTimeRate"]);
        Assert.Null(b2026["SatisfactionRate"]);
    }

    [Fact]
    public async Task FilterOrderbyTopAndSelect_ApplyToTheGroupedRows()
    {
        await CraftAsync();
        using var county = await As("county");
        var model = await ODataClient.MetadataAsync(county);

        var page = await ODataClient.ReadPageAsync(county, model,
            "/odata/ProposalStatistics?$filter=Year eq 2026 and Received gt 0&$orderby=Received desc&$top=1&$select=TownshipName,Received&$count=true",
            "ProposalStatistics");

        Assert.Equal(2, page.Count);
        var row = Assert.Single(page.Rows);
        Assert.Equal((World.A.Township.Name, 6), ((string?)row["TownshipName"], (int)row["Received"]!));
    }

    [Fact]
    public async Task ATownshipsSecretary_CountsOnlyTheirOwn()
    {
        await CraftAsync();
        using var secretary = await As("secretary.b");
        using var county = await As("county");
        var model = await ODataClient.MetadataAsync(county);

        var page = await ODataClient.ReadPageAsync(secretary, model, "/odata/ProposalStatistics", "ProposalStatistics");

        var row = Assert.Single(page.Rows);
        Assert.Equal((World.B.Township.Name, 1), ((string?)row["TownshipName"], (int)row["Received"]!));
    }

    /// <summary>
    /// Township A, 2026: a satisfied on-time A; a late B, basically satisfied; an unreplied overdue motion; a rejected
    /// one; a registered one; an on-time D rated 不满意, now in rehandling past its new deadline. A, 2025: an on-time C
    /// without a rating. B, 2026: one assigned, still within its deadline. Today is 2026-06-15.
    /// </summary>
    private async Task CraftAsync()
    {
        var history = new FeedHistory(Portal);
        var a = World.A;
        await history.ProposalAsync(a, new ProposalPath(new DateOnly(2026, 1, 10), AssignedOn: new DateOnly(2026, 1, 12),
            RepliedOn: new DateOnly(2026, 3, 1), ReplyClass: ReplyClass.A, Rating: Rating.Satisfied));
        await history.ProposalAsync(a, new ProposalPath(new DateOnly(2026, 1, 11), AssignedOn: new DateOnly(2026, 1, 12),
            RepliedOn: new DateOnly(2026, 5, 1), ReplyClass: ReplyClass.B, Rating: Rating.BasicallySatisfied));
        await history.ProposalAsync(a, new ProposalPath(new DateOnly(2026, 2, 1), ProposalKind.Motion, AssignedOn: new DateOnly(2026, 2, 3)));
        await history.ProposalAsync(a, new ProposalPath(new DateOnly(2026, 3, 1), Rejected: true));
        await history.ProposalAsync(a, new ProposalPath(new DateOnly(2026, 5, 1)));
        await history.ProposalAsync(a, new ProposalPath(new DateOnly(2026, 1, 20), AssignedOn: new DateOnly(2026, 1, 21),
            RepliedOn: new DateOnly(2026, 2, 1), ReplyClass: ReplyClass.D, Rating: Rating.Dissatisfied));
        await history.ProposalAsync(a, new ProposalPath(new DateOnly(2025, 11, 1), AssignedOn: new DateOnly(2025, 11, 3),
            RepliedOn: new DateOnly(2025, 12, 1), ReplyClass: ReplyClass.C));
        await history.ProposalAsync(World.B, new ProposalPath(new DateOnly(2026, 4, 1), AssignedOn: new DateOnly(2026, 4, 2)));
    }

    private static Dictionary<string, int> Counts(Dictionary<string, object?> row) =>
        row.Where(p => p.Value is int && p.Key != "Year").ToDictionary(p => p.Key, p => (int)p.Value!);
}
