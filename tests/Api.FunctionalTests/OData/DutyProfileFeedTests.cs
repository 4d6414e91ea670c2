using System.Net;
using System.Text.Json;
using DeputyPortal.Api.FunctionalTests.Profiles;
using DeputyPortal.Api.FunctionalTests.Support;
using DeputyPortal.Domain.Activities;

namespace DeputyPortal.Api.FunctionalTests.OData;

/// <summary>
/// The computed set DutyProfiles at the suite's clock (2026-06-15): deputy × year, the same components, score and
/// rank as GET /townships/{id}/profiles?year= for each deputy, for the caller's townships only.
/// </summary>
public sealed class DutyProfileFeedTests(PortalFactory portal) : PortalTest(portal)
{
    private static readonly string[] Components =
    [
        "sessionsAttended", "presidiumMeetingsAttended", "groupActivitiesAttended", "groupActivitiesMissed", "groupActivitiesOnLeave",
        "supervisionActivitiesAttended", "proposalsLed", "proposalsCoSigned", "contactsLogged", "constituentsReached", "receptionDays", "trainings",
        "score", "rank", "rankedAmong",
    ];

    private ProfileHistory History => new(Portal);

    [Theory]
    [InlineData(2026)]
    [InlineData(2025)]
    public async Task DutyProfiles_EqualTheRestProfiles_DeputyByDeputy_InBothTownships(int year)
    {
        await CraftAsync();
        using var county = await As("county");
        var model = await ODataClient.MetadataAsync(county);

        var page = await ODataClient.ReadPageAsync(county, model, $"/odata/DutyProfiles?$filter=Year eq {year}&$orderby=TownshipCode,Rank", "DutyProfiles");

        var compared = 0;
        foreach (var town in new[] { World.A, World.B })
        {
            var rest = await RestProfilesAsync(county, town.Township.Id, year);
            var rows = page.Rows.Where(r => (Guid)r["TownshipId"]! == town.Township.Id).ToList();
            Assert.Equal(rest.Keys.Order(), rows.Select(r => (Guid)r["DeputyId"]!).Order());
            foreach (var row in rows)
            {
                var expected = rest[(Guid)row["DeputyId"]!];
                Assert.Equal((town.Township.Code, town.Township.Name, year), ((string)row["TownshipCode"]!, (string)row["TownshipName"]!, (int)row["Year"]!));
                Assert.Equal(expected.GetProperty("deputyName").GetString(), row["DeputyName"]);
                Assert.Equal(expected.GetProperty("districtName").GetString(), row["DistrictName"]);
                Assert.Equal((town.Term.Id, town.Term.Number), ((Guid)row["TermId"]!, (int)row["TermNumber"]!));
                foreach (var name in Components)
                {
                    var property = char.ToUpperInvariant(name[0]) + name[1..];
                    Assert.Equal((property, expected.GetProperty(name).GetInt32()), (property, (int)row[property]!));
                }

                var rate = expected.GetProperty("latestReviewSatisfactionRate");
                Assert.Equal(rate.ValueKind == JsonValueKind.Null ? null : rate.GetDecimal(), (decimal?)row["LatestReviewSatisfactionRate"]);
                compared++;
            }
        }

        Assert.Equal(page.Rows.Count, compared);
        Assert.Equal(12, compared);

        // The crafted records make the scores differ, so the comparison is not one of zeros.
        Assert.True(page.Rows.Select(r => (int)r["Score"]!).Distinct().Count() > 2);
        var ordered = page.Rows.Select(r => ((string)r["TownshipCode"]!, (int)r["Rank"]!)).ToList();
        Assert.Equal(ordered.OrderBy(r => r.Item1, StringComparer.Ordinal).ThenBy(r => r.Item2), ordered);
    }

    [Fact]
    public async Task Years_AreTheCurrentYearUnlessTheFilterNamesOthers_FromTheTermsFirstYear()
    {
        using var county = await As("county");
        var model = await ODataClient.MetadataAsync(county);

        var unfiltered = await ODataClient.ReadPageAsync(county, model, "/odata/DutyProfiles?$select=DeputyId,Year", "DutyProfiles");
        var recent = await ODataClient.ReadPageAsync(county, model, "/odata/DutyProfiles?$filter=Year ge 2025&$select=DeputyId,Year", "DutyProfiles");
        var upTo = await ODataClient.ReadPageAsync(county, model, "/odata/DutyProfiles?$filter=Year le 2022&$select=DeputyId,Year", "DutyProfiles");
        var future = await ODataClient.ReadPageAsync(county, model, "/odata/DutyProfiles?$filter=Year eq 2027", "DutyProfiles");

        Assert.Equal([2026], unfiltered.Rows.Select(r => (int)r["Year"]!).Distinct());
        Assert.Equal(12, unfiltered.Rows.Count);
        Assert.Equal([(2025, 12), (2026, 12)], recent.Rows.GroupBy(r => (int)r["Year"]!).OrderBy(g => g.Key).Select(g => (g.Key, g.Count())));
        // The terms began on 1 September 2021: 2021 and 2022.
        Assert.Equal([2021, 2022], upTo.Rows.Select(r => (int)r["Year"]!).Distinct().Order());
        Assert.Empty(future.Rows);
    }

    [Fact]
    public async Task ASecretaryAndAPresidiumMember_SeeOnlyTheirTownship_RankedAsTheRestAnswerRanksIt()
    {
        await CraftAsync();
        foreach (var user in new[] { "secretary.a", "presidium.a" })
        {
            using var client = await As(user);
            var model = await ODataClient.MetadataAsync(client);

            var page = await ODataClient.ReadPageAsync(client, model, "/odata/DutyProfiles?$filter=Year eq 2026", "DutyProfiles");
            var other = await ODataClient.ReadPageAsync(
                client, model, $"/odata/DutyProfiles?$filter=Year eq 2026 and TownshipId eq {World.B.Township.Id}", "DutyProfiles");

            Assert.Equal(6, page.Rows.Count);
            Assert.All(page.Rows, r => Assert.Equal(World.A.Township.Name, r["TownshipName"]));
            Assert.Empty(other.Rows);
            var rest = await RestProfilesAsync(client, World.A.Township.Id, 2026);
            Assert.All(page.Rows, r => Assert.Equal(rest[(Guid)r["DeputyId"]!].GetProperty("rank").GetInt32(), r["Rank"]));
        }
    }

    [Theory]
    [InlineData("deputy.a")]
    [InlineData("unit.a")]
    public async Task DeputiesAndUnits_HaveNoDutyProfiles(string user)
    {
        using var client = await As(user);

        using var response = await client.GetAsync("/odata/DutyProfiles");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    /// <summary>Catalogue: 各乡镇代表履职积分排名 (the deputies' duty scores ranked within each township), computed here from the weights.</summary>
    [Fact]
    public async Task Catalogue_DutyScoreRankingByTownship()
    {
        await CraftAsync();
        using var county = await As("county");
        var model = await ODataClient.MetadataAsync(county);

        var page = await ODataClient.ReadPageAsync(
            county, model, "/odata/DutyProfiles?$filter=Year eq 2026&$select=TownshipCode,TownshipName,DeputyName,Score,Rank&$orderby=TownshipCode,Rank,DeputyName", "DutyProfiles");

        var w = DeputyPortal.Domain.Profiles.DutyScoreWeights.Default;
        var top = page.Rows.Where(r => (int)r["Rank"]! == 1).Select(r => ((string)r["TownshipName"]!, (string)r["DeputyName"]!, (int)r["Score"]!));
        Assert.Equal(
            [
                (World.A.Township.Name, World.A.Deputies[0].Name, (2 * w.GroupActivityAttended) + w.SupervisionActivityAttended + w.Training + w.ProposalLed),
                (World.B.Township.Name, World.B.Deputies[1].Name, w.ReceptionDay + w.ContactLogged),
            ],
            top);
        Assert.Equal(12, page.Rows.Count);
    }

    /// <summary>
    /// 2026 in A: D0 two group activities (a training, an inspection) and a proposal led, D1 one absent and the
    /// inspection attended, co-signing D0's proposal. 2026 in B: D1 a reception day and a contact. 2025 in A: a training
    /// D0 attended and D1 missed; in B: D0 a contact.
    /// </summary>
    private async Task CraftAsync()
    {
        var (a, b) = (World.A, World.B);
        await History.ActivityAsync(a, ActivityKind.Training, new(2026, 3, 10), true, (a.Deputies[0], Attendance.Present), (a.Deputies[1], Attendance.Absent));
        await History.ActivityAsync(a, ActivityKind.Inspection, new(2026, 4, 1), true, (a.Deputies[0], Attendance.Present), (a.Deputies[1], Attendance.Present));
        await History.ProposalAsync(a, a.Deputies[0], new(2026, 3, 1), a.Deputies[1]);
        await History.ActivityAsync(b, ActivityKind.ReceptionDay, new(2026, 5, 1), false, (b.Deputies[1], Attendance.Present));
        await History.ContactAsync(b, b.Deputies[1], new(2026, 2, 5));
        await History.ActivityAsync(a, ActivityKind.Training, new(2025, 11, 1), true, (a.Deputies[0], Attendance.Present), (a.Deputies[1], Attendance.Absent));
        await History.ContactAsync(b, b.Deputies[0], new(2025, 6, 5));
    }

    private static async Task<Dictionary<Guid, JsonElement>> RestProfilesAsync(HttpClient client, Guid townshipId, int year)
    {
        using var response = await client.GetAsync($"/api/v1/townships/{townshipId}/profiles?year={year}&pageSize=100");
        await response.ShouldBe(HttpStatusCode.OK);
        var json = await response.JsonAsync();
        return json.GetProperty("items").EnumerateArray().ToDictionary(p => p.GetProperty("deputyId").GetGuid());
    }
}
