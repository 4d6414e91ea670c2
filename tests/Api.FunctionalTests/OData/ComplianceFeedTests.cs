using System.Net;
using System.Text.Json;
using DeputyPortal.Api.FunctionalTests.Compliance;
using DeputyPortal.Api.FunctionalTests.Proposals;
using DeputyPortal.Api.FunctionalTests.Reviews;
using DeputyPortal.Api.FunctionalTests.Support;
using DeputyPortal.Domain.Compliance;
using DeputyPortal.Domain.Constituents;
using DeputyPortal.Domain.Deputies;
using DeputyPortal.Domain.Districts;
using DeputyPortal.Domain.Meetings;
using DeputyPortal.Domain.Terms;
using DeputyPortal.Domain.Townships;
using DeputyPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OData.Edm;
using Npgsql;

namespace DeputyPortal.Api.FunctionalTests.OData;

/// <summary>
/// The computed compliance sets of the feed (QuarterlyCompliance, DeputyCompliance, TermStructures) at the suite's
/// clock (2026-06-15, in 2026-Q2): they answer what the REST compliance answers say for the same township, deputy,
/// term and period, rule by rule, for the caller's townships only, in a fixed number of SQL statements.
/// </summary>
public sealed class ComplianceFeedTests(PortalFactory portal) : PortalTest(portal)
{
    private static readonly string[] QuarterlyRules = ["R1", "R2", "R3", "R4", "R7"];

    private ComplianceHistory History => new(Portal);

    [Fact]
    public async Task QuarterlyCompliance_EqualsTheRestAnswer_RuleByRule_OverSeveralQuarters_TheCurrentPendingIncluded()
    {
        await CraftAsync();
        using var county = await As("county");
        var model = await ODataClient.MetadataAsync(county);

        var all = await ODataClient.ReadPageAsync(county, model, "/odata/QuarterlyCompliance?$count=true&$select=TownshipId,Year,Quarter", "QuarterlyCompliance");
        var recent = await ODataClient.ReadPageAsync(county, model, "/odata/QuarterlyCompliance?$filter=Year ge 2025&$orderby=TownshipCode,Year,Quarter", "QuarterlyCompliance");

        // 2021-Q3 (the terms began on 1 September 2021) to 2026-Q2 (today's): twenty quarters for each township.
        Assert.Equal(40, all.Count);
        Assert.Equal(12, recent.Rows.Count);
        foreach (var row in recent.Rows)
        {
            var (township, year, quarter) = ((Guid)row["TownshipId"]!, (int)row["Year"]!, (int)row["Quarter"]!);
            var rest = await RestJsonAsync(county, $"/api/v1/townships/{township}/compliance?year={year}&quarter={quarter}");
            Assert.Equal(rest.GetProperty("townshipName").GetString(), row["TownshipName"]);
            foreach (var rule in QuarterlyRules)
            {
                var expected = rest.GetProperty("rules").EnumerateArray().Single(r => r.GetProperty("rule").GetString() == rule);
                Assert.Equal(
                    (year, quarter, rule, expected.GetProperty("status").GetString(), expected.GetProperty("required").GetInt32(),
                        expected.GetProperty("counted").GetInt32(), expected.GetProperty("total").GetInt32(), expected.GetProperty("offenders").GetArrayLength()),
                    (year, quarter, rule, (string?)row[$"{rule}Status"], (int)row[$"{rule}Required"]!, (int)row[$"{rule}Counted"]!, (int)row[$"{rule}Total"]!, (int)row[$"{rule}Offenders"]!));
            }
        }

        // The crafted records give every status somewhere, so the comparison above is not one of defaults.
        var statuses = recent.Rows.SelectMany(r => QuarterlyRules.Select(rule => (string)r[$"{rule}Status"]!)).ToHashSet();
        Assert.Equal(["Breached", "Met", "Pending"], statuses.Order());
        var current = recent.Rows.Where(r => (int)r["Year"]! == 2026 && (int)r["Quarter"]! == 2).ToList();
        Assert.All(current, r => Assert.Equal(true, r["IsCurrent"]));
        Assert.Contains(current, r => (string)r["R3Status"]! == "Pending");
    }

    [Fact]
    public async Task DeputyCompliance_EqualsTheRestAnswer_ForEveryDeputy()
    {
        await CraftAsync();
        using var county = await As("county");
        var model = await ODataClient.MetadataAsync(county);

        var page = await ODataClient.ReadPageAsync(county, model, "/odata/DeputyCompliance?$orderby=TownshipCode,DeputyName", "DeputyCompliance");

        Assert.Equal(12, page.Rows.Count);
        foreach (var row in page.Rows)
        {
            var rest = await RestJsonAsync(county, $"/api/v1/deputies/{row["DeputyId"]}/compliance?termId={row["TermId"]}");
            var reports = rest.GetProperty("voterReports").EnumerateArray().ToList();
            var quarters = rest.GetProperty("contacts").EnumerateArray().Select(q => q.GetProperty("status").GetString()).ToList();
            Assert.Equal(
                (rest.GetProperty("deputyName").GetString(), rest.GetProperty("status").GetString(),
                    Overall(reports.Select(r => r.GetProperty("status").GetString()!)), reports.Count, reports.Sum(r => r.GetProperty("counted").GetInt32()),
                    Overall(quarters!), quarters.Count, quarters.Count(q => q == "Met"), quarters.Count(q => q == "Breached"), quarters.Count(q => q == "Pending")),
                ((string?)row["DeputyName"], (string?)row["Status"],
                    (string)row["R5Status"]!, (int)row["R5Periods"]!, (int)row["R5Reports"]!,
                    (string)row["R7Status"]!, (int)row["R7Quarters"]!, (int)row["R7QuartersMet"]!, (int)row["R7QuartersBreached"]!, (int)row["R7QuartersPending"]!));
            Assert.Equal(reports.Count == 0 ? null : DateOnly.Parse(reports[^1].GetProperty("dueBy").GetString()!, System.Globalization.CultureInfo.InvariantCulture), ToDate(row["R5DueBy"]));
        }

        var terminated = page.Rows.Single(r => (Guid)r["DeputyId"]! == World.A.Deputies[2].Id);
        Assert.Equal(("Breached", 11), ((string)terminated["R5Status"]!, (int)terminated["R7Quarters"]!));
        var reviewed = page.Rows.Single(r => (Guid)r["DeputyId"]! == World.A.Deputy.Id);
        Assert.Equal(("Met", 1), ((string)reviewed["R5Status"]!, (int)reviewed["R5Reports"]!));
        Assert.Contains(page.Rows, r => (string)r["R7Status"]! == "Breached");
    }

    [Fact]
    public async Task TermStructures_EqualTheRestAnswer_ShareByShare_WithThePreviousTerm()
    {
        await PreviousTermAsync(women: 3, men: 1);
        using var county = await As("county");
        var model = await ODataClient.MetadataAsync(county);

        var page = await ODataClient.ReadPageAsync(county, model, "/odata/TermStructures?$orderby=TownshipCode,TermNumber", "TermStructures");

        Assert.Equal(3, page.Rows.Count);
        foreach (var row in page.Rows)
        {
            var rest = await RestJsonAsync(county, $"/api/v1/townships/{row["TownshipId"]}/term-structure?termId={row["TermId"]}");
            Assert.Equal(rest.GetProperty("deputies").GetInt32(), row["Deputies"]);
            Assert.Equal(rest.GetProperty("ageOn").GetString(), ((Microsoft.OData.Edm.Date)row["AgeOn"]!).ToString());
            Assert.Equal(Int(rest.GetProperty("previousDeputies")), (int?)row["PreviousDeputies"]);
            foreach (var share in rest.GetProperty("shares").EnumerateArray())
            {
                var name = char.ToUpperInvariant(share.GetProperty("key").GetString()![0]) + share.GetProperty("key").GetString()![1..];
                Assert.Equal(
                    (name, share.GetProperty("count").GetInt32(), Dec(share.GetProperty("percent")), Int(share.GetProperty("previousCount")),
                        Dec(share.GetProperty("previousPercent")), Dec(share.GetProperty("change"))),
                    (name, (int)row[$"{name}Count"]!, (decimal?)row[$"{name}Percent"], (int?)row[$"{name}PreviousCount"],
                        (decimal?)row[$"{name}PreviousPercent"], (decimal?)row[$"{name}Change"]));
            }

            foreach (var flag in rest.GetProperty("flags").EnumerateArray())
            {
                var name = char.ToUpperInvariant(flag.GetProperty("key").GetString()![0]) + flag.GetProperty("key").GetString()![1..];
                Assert.Equal((name, flag.GetProperty("status").GetString()), (name, (string?)row[$"{name}Flag"]));
            }
        }

        var current = page.Rows.Single(r => (Guid)r["TermId"]! == World.A.Term.Id);
        Assert.Equal(("NotMet", -25.0m), ((string)current["WomenFlag"]!, (decimal)current["WomenChange"]!));
    }

    [Fact]
    public async Task ASecretaryAndAPresidiumMember_SeeOnlyTheirTownship_InEachSet_AlsoThroughApply()
    {
        await CraftAsync();
        using var county = await As("county");
        var model = await ODataClient.MetadataAsync(county);
        foreach (var set in new[] { "QuarterlyCompliance", "DeputyCompliance", "TermStructures" })
        {
            var names = (await ODataClient.ReadPageAsync(county, model, $"/odata/{set}?$select=TownshipName", set)).Rows.Select(r => r["TownshipName"]).Distinct();
            Assert.Equal(new[] { World.A.Township.Name, World.B.Township.Name }.Order(), names.Order());
        }

        foreach (var user in new[] { "secretary.a", "presidium.a" })
        {
            using var client = await As(user);
            foreach (var set in new[] { "QuarterlyCompliance", "DeputyCompliance", "TermStructures" })
            {
                var page = await ODataClient.ReadPageAsync(client, model, $"/odata/{set}?$select=TownshipName", set);
                Assert.NotEmpty(page.Rows);
                Assert.All(page.Rows, r => Assert.Equal(World.A.Township.Name, r["TownshipName"]));
            }

            // Asking for another township by name finds nothing rather than its rows.
            var other = await ODataClient.ReadPageAsync(
                client, model, $"/odata/QuarterlyCompliance?$filter=TownshipName eq '{World.B.Township.Name}'", "QuarterlyCompliance");
            Assert.Empty(other.Rows);

            var grouped = Rows(await ODataClient.JsonAsync(client, "/odata/QuarterlyCompliance?$apply=groupby((TownshipName),aggregate($count as Quarters))"));
            Assert.Equal([(World.A.Township.Name, 20)], grouped.Select(r => (r.GetProperty("TownshipName").GetString(), r.GetProperty("Quarters").GetInt32())));
        }
    }

    [Theory]
    [InlineData("deputy.a")]
    [InlineData("unit.a")]
    public async Task DeputiesAndUnits_HaveNoComplianceSets(string user)
    {
        using var client = await As(user);

        foreach (var set in new[] { "QuarterlyCompliance", "DeputyCompliance", "TermStructures" })
        {
            using var response = await client.GetAsync($"/odata/{set}");
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }
    }

    /// <summary>Catalogue: 上季度未达到R3的乡镇 (townships that breached R3 last quarter), computed from the meetings themselves.</summary>
    [Fact]
    public async Task Catalogue_TownshipsThatBreachedR3LastQuarter()
    {
        await CraftAsync();
        using var county = await As("county");
        var model = await ODataClient.MetadataAsync(county);

        var page = await ODataClient.ReadPageAsync(
            county, model, "/odata/QuarterlyCompliance?$filter=Year eq 2026 and Quarter eq 1 and R3Status eq 'Breached'&$select=TownshipCode,TownshipName,R3Counted,R3Required,R3Total", "QuarterlyCompliance");

        var expected = await SystemAsync(async db =>
        {
            var met = await db.PresidiumMeetings
                .Where(m => m.HeldOn >= new DateOnly(2026, 1, 1) && m.HeldOn <= new DateOnly(2026, 3, 31) && m.Kind == PresidiumMeetingKind.Regular && m.HasQuorum)
                .Select(m => m.TownshipId).Distinct().ToListAsync();
            return await db.Townships.Where(t => !met.Contains(t.Id)).OrderBy(t => t.Code).Select(t => t.Name).ToListAsync();
        });
        Assert.Equal([World.B.Township.Name], expected);
        Assert.Equal(expected, page.Rows.Select(r => (string)r["TownshipName"]!));
        Assert.All(page.Rows, r => Assert.Equal((0, 1), ((int)r["R3Counted"]!, (int)r["R3Required"]!)));
    }

    /// <summary>Catalogue: 本届尚未述职的代表 (deputies not yet reviewed this term), computed from the reviews themselves.</summary>
    [Fact]
    public async Task Catalogue_DeputiesNotYetReviewedThisTerm()
    {
        await CraftAsync();
        using var county = await As("county");
        var model = await ODataClient.MetadataAsync(county);

        var page = await ODataClient.ReadPageAsync(
            county, model, "/odata/DeputyCompliance?$filter=IsCurrentTerm and R5Status ne 'Met'&$select=TownshipName,DeputyName,R5Status,R5DueBy&$orderby=TownshipCode,DeputyName", "DeputyCompliance");

        var expected = await SystemAsync(async db =>
        {
            var reviewed = await db.PerformanceReviews.Select(r => r.DeputyId).Distinct().ToListAsync();
            return await (from d in db.Deputies
                          join t in db.Townships on d.TownshipId equals t.Id
                          join term in db.Terms on d.TermId equals term.Id
                          where term.StartsOn <= new DateOnly(2026, 6, 15) && term.EndsOn >= new DateOnly(2026, 6, 15) && !reviewed.Contains(d.Id)
                          orderby t.Code, d.Name
                          select d.Name).ToListAsync();
        });
        Assert.Equal(11, expected.Count);
        Assert.Equal(expected, page.Rows.Select(r => (string)r["DeputyName"]!));
        Assert.Equal("Breached", page.Rows.Single(r => (string)r["DeputyName"]! == World.A.Deputies[2].Name)["R5Status"]);
    }

    /// <summary>Catalogue: 代表结构与目标 (term structure against the targets), computed from the deputies themselves.</summary>
    [Fact]
    public async Task Catalogue_TermStructureAgainstTheTargets()
    {
        using var county = await As("county");
        var model = await ODataClient.MetadataAsync(county);

        var page = await ODataClient.ReadPageAsync(
            county, model, "/odata/TermStructures?$filter=IsCurrentTerm&$select=TownshipName,Deputies,NonCpcPercent,NonCpcFlag,ReelectedPercent,ReelectedFlag,WomenPercent,WomenFlag&$orderby=TownshipCode", "TermStructures");

        var expected = await SystemAsync(db => db.Deputies
            .GroupBy(d => d.TownshipId)
            .Select(g => new { Total = g.Count(), NonCpc = g.Count(d => d.Party != PartyAffiliation.CpcMember), Reelected = g.Count(d => d.IsReelected), Women = g.Count(d => d.Gender == Gender.Female) })
            .ToListAsync());
        Assert.Equal(2, page.Rows.Count);
        foreach (var (row, e) in page.Rows.Zip(expected))
        {
            Assert.Equal(e.Total, row["Deputies"]);
            Assert.Equal(Math.Round(e.NonCpc * 100m / e.Total, 1, MidpointRounding.AwayFromZero), row["NonCpcPercent"]);
            Assert.Equal(e.NonCpc * 100 >= 35 * e.Total ? "Met" : "NotMet", row["NonCpcFlag"]);
            Assert.Equal(Math.Round(e.Reelected * 100m / e.Total, 1, MidpointRounding.AwayFromZero), row["ReelectedPercent"]);
            Assert.Equal(e.Reelected * 100 >= 28 * e.Total && e.Reelected * 100 <= 38 * e.Total ? "Met" : "NotMet", row["ReelectedFlag"]);
            Assert.Equal(Math.Round(e.Women * 100m / e.Total, 1, MidpointRounding.AwayFromZero), row["WomenPercent"]);
            Assert.Equal("NoComparison", row["WomenFlag"]);
        }
    }

    /// <summary>Catalogue ($apply): 各乡镇未达到R3的季度数 (quarters each township breached R3), computed from the meetings themselves.</summary>
    [Fact]
    public async Task Catalogue_QuartersEachTownshipBreachedR3_WithApply()
    {
        await CraftAsync();
        using var county = await As("county");

        var grouped = Rows(await ODataClient.JsonAsync(
            county, "/odata/QuarterlyCompliance?$apply=filter(R3Status eq 'Breached')/groupby((TownshipCode,TownshipName),aggregate($count as Breaches))&$orderby=TownshipCode"));

        var expected = await SystemAsync(async db =>
        {
            var counting = await db.PresidiumMeetings.Where(m => m.Kind == PresidiumMeetingKind.Regular && m.HasQuorum)
                .Select(m => new { m.TownshipId, m.HeldOn }).ToListAsync();
            var townships = await db.Townships.OrderBy(t => t.Code).ToListAsync();
            return townships.Select(t =>
            {
                var breaches = 0;
                for (var q = new Quarter(2021, 3); q.End < new DateOnly(2026, 6, 15); q = q.Number == 4 ? new Quarter(q.Year + 1, 1) : new Quarter(q.Year, q.Number + 1))
                {
                    breaches += counting.Any(m => m.TownshipId == t.Id && q.Contains(m.HeldOn)) ? 0 : 1;
                }

                return (t.Name, breaches);
            }).ToList();
        });
        Assert.Equal([(World.A.Township.Name, 18), (World.B.Township.Name, 19)], expected);
        Assert.Equal(expected, grouped.Select(r => (r.GetProperty("TownshipName").GetString()!, r.GetProperty("Breaches").GetInt32())));
    }

    [Fact]
    public async Task FilterOnAStatus_TakesTheEnumWithoutPrefix_AndTheDimensionsNarrowTheRows()
    {
        await CraftAsync();
        using var county = await As("county");
        var model = await ODataClient.MetadataAsync(county);

        var breached = await ODataClient.ReadPageAsync(
            county, model, "/odata/QuarterlyCompliance?$filter=R3Status eq 'Breached' and TownshipCode eq '360000000001'&$count=true", "QuarterlyCompliance");
        var pending = await ODataClient.ReadPageAsync(
            county, model, $"/odata/QuarterlyCompliance?$filter=(R1Status eq 'Pending' or R3Status eq 'Pending') and Year in (2026) and Quarter ge 2", "QuarterlyCompliance");
        var top = await ODataClient.ReadPageAsync(county, model, "/odata/QuarterlyCompliance?$orderby=Year desc,Quarter desc,TownshipCode&$top=3", "QuarterlyCompliance");

        Assert.Equal(18, breached.Count);
        Assert.All(breached.Rows, r => Assert.Equal((World.A.Township.Name, "Breached"), ((string)r["TownshipName"]!, (string)r["R3Status"]!)));
        Assert.Equal([(World.A.Township.Name, 2026, 2)], pending.Rows.Select(r => ((string)r["TownshipName"]!, (int)r["Year"]!, (int)r["Quarter"]!)));
        Assert.Equal([(2026, 2), (2026, 2), (2026, 1)], top.Rows.Select(r => ((int)r["Year"]!, (int)r["Quarter"]!)));
    }

    [Fact]
    public async Task TheComplianceSets_RunAFixedNumberOfStatements_HoweverManyTownshipsAndQuarters()
    {
        await CraftAsync();
        using var county = await As("county");
        await ODataClient.JsonAsync(county, "/odata/QuarterlyCompliance?$top=1");
        string[] sets = ["QuarterlyCompliance", "DeputyCompliance", "TermStructures"];

        var few = new List<int>();
        foreach (var set in sets)
        {
            few.Add(await StatementsAsync(county, $"/odata/{set}?$count=true"));
        }

        await MoreTownshipsAsync(count: 4, since: 2010);
        var many = new List<int>();
        foreach (var set in sets)
        {
            many.Add(await StatementsAsync(county, $"/odata/{set}?$count=true"));
        }

        var sliced = await StatementsAsync(county, "/odata/QuarterlyCompliance?$filter=Year eq 2026 and TownshipCode eq '360000000001'");

        var rows = await ODataClient.JsonAsync(county, "/odata/QuarterlyCompliance?$count=true&$top=0");
        Assert.Equal(40 + (4 * 66), rows.GetProperty("@odata.count").GetInt32()); // 2010-Q1 to 2026-Q2: 66 quarters each
        Assert.Equal([12, 5, 4], few); // docs/odata.md states these
        Assert.Equal(few, many);
        Assert.Equal(12, sliced);
    }

    private async Task<int> StatementsAsync(HttpClient client, string url)
    {
        // The account check behind a bearer token is cached for 30 seconds: refreshed here, it is not counted below.
        await ODataClient.JsonAsync(client, "/odata/Townships?$top=1");
        using var counter = new SqlCommandCounter(new NpgsqlConnectionStringBuilder(Portal.ConnectionString).Database!);
        await ODataClient.JsonAsync(client, url);
        return counter.Count;
    }

    /// <summary>
    /// Records over the quarters 2025-Q4 to 2026-Q2 of both townships: replies on time, late and missing (R1); a
    /// session's proposals assigned and not (R2); meetings regular, extraordinary and none (R3); group activities
    /// with and without a member (R4); contacts and constituents (R7); a review (R5); a mandate ended (R5, R7).
    /// </summary>
    private async Task CraftAsync()
    {
        var proposals = new ProposalHistory(Portal);
        await proposals.RepliedOnAsync(new DateOnly(2025, 11, 20), new DateOnly(2026, 2, 20));
        await proposals.RepliedOnAsync(new DateOnly(2025, 12, 31), new DateOnly(2026, 4, 12));
        await proposals.AssignedOnAsync(new DateOnly(2025, 12, 15));
        await proposals.AssignedOnAsync(new DateOnly(2026, 4, 1));
        await proposals.RepliedOnAsync(new DateOnly(2025, 8, 1), new DateOnly(2025, 10, 20), town: World.B);

        var sessionA = await History.SessionAsync(World.A, 2, new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 3));
        await History.SessionProposalAsync(World.A, sessionA, new DateOnly(2026, 3, 20));
        await History.SessionProposalAsync(World.A, sessionA, null, "关于增设路灯的建议");
        var sessionB = await History.SessionAsync(World.B, 2, new DateOnly(2026, 5, 28), new DateOnly(2026, 6, 1));
        await History.SessionProposalAsync(World.B, sessionB, null);

        await History.MeetingAsync(World.A, new DateTimeOffset(2026, 2, 10, 9, 0, 0, TimeSpan.FromHours(8)));
        await History.MeetingAsync(World.A, new DateTimeOffset(2025, 11, 10, 9, 0, 0, TimeSpan.FromHours(8)), PresidiumMeetingKind.Extraordinary);
        await History.MeetingAsync(World.B, new DateTimeOffset(2026, 4, 20, 9, 0, 0, TimeSpan.FromHours(8)));

        await History.GroupActivityAsync(World.A, new DateOnly(2026, 2, 10), World.A.Deputies[1]);
        await History.GroupActivityAsync(World.A, new DateOnly(2026, 5, 10), World.A.Deputies[4]);
        await History.GroupActivityAsync(World.B, new DateOnly(2025, 12, 1), World.B.Deputies[0]);

        await AssignConstituentsAsync(World.A.Deputy, 4);
        await History.ContactAsync(World.A.Deputy, new DateOnly(2026, 1, 15));
        await History.ContactAsync(World.A.Deputy, new DateOnly(2026, 5, 15));
        await History.ContactAsync(World.A.OtherDeputy, new DateOnly(2026, 2, 1));

        await new ReviewFlow(Portal).RecordAsync(new ReviewFlow(Portal).Body());
        await TerminateAsync(World.A.Deputies[2], new DateOnly(2024, 5, 20));
    }

    private async Task AssignConstituentsAsync(Deputy deputy, int count)
    {
        await using var scope = Portal.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var stored = await db.Deputies.SingleAsync(d => d.Id == deputy.Id);
        db.Constituents.AddRange(Enumerable.Range(1, count).Select(i => Constituent.AssignTo(stored, $"新增选民{i}", ConstituentKind.Voter, "茶亭村", null, null)));
        await db.SaveChangesAsync();
    }

    private async Task TerminateAsync(Deputy deputy, DateOnly on)
    {
        await using var scope = Portal.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var stored = await db.Deputies.SingleAsync(d => d.Id == deputy.Id);
        var term = await db.Terms.SingleAsync(t => t.Id == stored.TermId);
        stored.TerminateMandate(on, "工作调动，调离本镇", term.Period);
        await db.SaveChangesAsync();
    }

    /// <summary>Township A's 第十七届 (2016–2021) with its deputies' structure recorded.</summary>
    private async Task PreviousTermAsync(int women, int men)
    {
        await using var scope = Portal.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var term = Term.Create(World.A.Township.Id, 17, new DateOnly(2016, 9, 1), new DateOnly(2021, 8, 31), new DateOnly(2016, 8, 20));
        ElectoralDistrict[] districts = [ElectoralDistrict.Create(term, "甲第一选区", 1800, 2), ElectoralDistrict.Create(term, "甲第二选区", 2100, 3)];
        var deputies = Enumerable.Range(1, women + men).Select(i => Deputy.Elect(districts[i % 2], new DeputyProfile(
            $"甲上届代表{i}", i <= women ? Gender.Female : Gender.Male, new DateOnly(1985 + i, 1, 1), "回族", PartyAffiliation.CpcMember,
            OccupationCategory.PartyGovernmentLeader, Education.HighSchool, null, i == 1, false)));
        db.Terms.Add(term);
        db.ElectoralDistricts.AddRange(districts);
        db.Deputies.AddRange(deputies);
        await db.SaveChangesAsync();
    }

    /// <summary>More townships, each with one term from <paramref name="since"/> to 2026 and a few deputies, group and contacts.</summary>
    private async Task MoreTownshipsAsync(int count, int since)
    {
        await using var scope = Portal.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        for (var n = 0; n < count; n++)
        {
            var township = Township.Create($"3600000001{n:D2}", $"测试{n}镇", "测试县");
            var term = Term.Create(township.Id, 18, new DateOnly(since, 1, 1), new DateOnly(2026, 12, 31), null);
            var district = ElectoralDistrict.Create(term, $"测试{n}选区", 1000, 3);
            var deputies = Enumerable.Range(1, 3).Select(i => Deputy.Elect(district, new DeputyProfile(
                $"测试{n}代表{i}", Gender.Male, new DateOnly(1980, 1, i), "汉族", PartyAffiliation.Masses, OccupationCategory.Farmer, Education.HighSchool, null, false, false)))
                .ToList();
            db.Townships.Add(township);
            db.Terms.Add(term);
            db.ElectoralDistricts.Add(district);
            db.Deputies.AddRange(deputies);
        }

        await db.SaveChangesAsync();
    }

    private async Task<T> SystemAsync<T>(Func<AppDbContext, Task<T>> read)
    {
        await using var scope = Portal.SystemScope();
        return await read(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    private static async Task<JsonElement> RestJsonAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        await response.ShouldBe(HttpStatusCode.OK);
        return await response.JsonAsync();
    }

    /// <summary>The grouped rows of an $apply answer, whether written as a plain array or as an OData payload's value.</summary>
    private static List<JsonElement> Rows(JsonElement answer) =>
        [.. (answer.ValueKind == JsonValueKind.Array ? answer : answer.GetProperty("value")).EnumerateArray()];

    private static string Overall(IEnumerable<string> statuses) =>
        ComplianceStatuses.Overall(statuses.Select(Enum.Parse<ComplianceStatus>)).ToString();

    private static DateOnly? ToDate(object? value) => value is Date d ? new DateOnly(d.Year, d.Month, d.Day) : null;

    private static int? Int(JsonElement e) => e.ValueKind == JsonValueKind.Null ? null : e.GetInt32();

    private static decimal? Dec(JsonElement e) => e.ValueKind == JsonValueKind.Null ? null : e.GetDecimal();
}
