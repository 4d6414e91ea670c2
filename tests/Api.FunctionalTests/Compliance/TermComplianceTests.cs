using System.Globalization;
using System.Net;
using System.Text.Json;
using DeputyPortal.Api.FunctionalTests.Reviews;
using DeputyPortal.Api.FunctionalTests.Support;
using DeputyPortal.Domain.Deputies;
using DeputyPortal.Domain.Districts;
using DeputyPortal.Domain.Terms;
using DeputyPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace DeputyPortal.Api.FunctionalTests.Compliance;

/// <summary>
/// R5 (voter reports), R10 (term structure) and a deputy's compliance over their term, through the API at the suite's
/// fixed clock (2026-06-15, inside the baseline term 2021-09-01 to 2026-12-31). Township A's six deputies: 甲代表1..6,
/// women 2, 4, 6; 中共党员 1–3; 甲代表1 re-elected; all farmers, born 1971–1976.
/// </summary>
public sealed class TermComplianceTests(PortalFactory portal) : PortalTest(portal)
{
    private static readonly DateOnly TerminatedOn = new(2024, 5, 20);

    private ReviewFlow Reviews => new(Portal);

    private ComplianceHistory History => new(Portal);

    [Fact]
    public async Task VoterReports_ListEveryDeputy_TheTerminatedUnreportedBreached_TheReviewedMet_TheRestPending()
    {
        await Reviews.RecordAsync(Reviews.Body());
        await TerminateAsync(World.A.Deputies[2]);

        var page = await GetAsync("secretary.a", $"/api/v1/townships/{World.A.Township.Id}/voter-reports");

        Assert.Equal(6, page.GetProperty("totalCount").GetInt32());
        var rows = page.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["甲代表3", "甲代表2", "甲代表4", "甲代表5", "甲代表6", "甲代表1"], rows.Select(r => r.GetProperty("name").GetString()));
        Assert.Equal(("Breached", "未达标", "2024-05-20", "资格终止（2024-05-20）前本届未向选民述职"), Line(rows[0]));
        Assert.Equal(("Pending", "进行中", "2026-12-31", "本届尚未向选民述职（应于2026-12-31前述职）"), Line(rows[1]));
        Assert.Equal(("Met", "已达标", "2026-12-31", null), Line(rows[5]));
        Assert.Equal((1, "2026-04-10"), (rows[5].GetProperty("reports").GetInt32(), rows[5].GetProperty("lastReportedOn").GetString()));

        var pending = await GetAsync("secretary.a", $"/api/v1/townships/{World.A.Township.Id}/voter-reports?status=Pending&sort=-name&pageSize=2");
        Assert.Equal(4, pending.GetProperty("totalCount").GetInt32());
        Assert.Equal(["甲代表6", "甲代表5"], pending.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("name").GetString()));

        var summary = await GetAsync("presidium.a", $"/api/v1/townships/{World.A.Township.Id}/voter-reports/summary");
        Assert.Equal((1, 4, 1), (summary.GetProperty("met").GetInt32(), summary.GetProperty("pending").GetInt32(), summary.GetProperty("breached").GetInt32()));
        var rule = summary.GetProperty("rule");
        Assert.Equal(("R5", "Breached"), (rule.GetProperty("rule").GetString(), rule.GetProperty("status").GetString()));
        Assert.Equal(
            ["甲代表3", "甲代表2", "甲代表4", "甲代表5", "甲代表6"],
            rule.GetProperty("offenders").EnumerateArray().Select(o => o.GetProperty("name").GetString()));
        Assert.Equal("第十八届（2021-09-01至2026-12-31）代表6名，已述职1名，尚未述职4名，未述职且期限已过1名。", rule.GetProperty("summary").GetString());
    }

    [Fact]
    public async Task VoterReports_AreScopedToTheTownship_AndNotForDeputiesOrUnits()
    {
        var url = $"/api/v1/townships/{World.B.Township.Id}/voter-reports";

        await (await (await As("secretary.a")).GetAsync(url)).ShouldBe(HttpStatusCode.NotFound);
        await (await (await As("county")).GetAsync(url)).ShouldBe(HttpStatusCode.OK);
        await (await (await As("admin")).GetAsync(url)).ShouldBe(HttpStatusCode.OK);
        await (await (await As("deputy.b")).GetAsync(url)).ShouldBe(HttpStatusCode.Forbidden);
        await (await (await As("unit.b")).GetAsync(url)).ShouldBe(HttpStatusCode.Forbidden);
        // Another township's term under one's own township is not found either.
        await (await (await As("secretary.a")).GetAsync($"/api/v1/townships/{World.A.Township.Id}/voter-reports?termId={World.B.Term.Id}"))
            .ShouldBe(HttpStatusCode.NotFound);
        await (await (await As("secretary.a")).GetAsync($"/api/v1/townships/{World.A.Township.Id}/voter-reports?sort=phone"))
            .ShouldBe(HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task VoterReportsWorkbook_ListsEveryDeputy_AndTheOffendersWithReasons()
    {
        await TerminateAsync(World.A.Deputies[2]);

        var response = await (await As("secretary.a")).GetAsync($"/api/v1/townships/{World.A.Township.Id}/voter-reports.xlsx");

        await response.ShouldBe(HttpStatusCode.OK);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var rows = Rows(stream, "述职情况");
        Assert.Equal(6, rows.Count);
        var terminated = rows.Single(r => r["代表"] == "甲代表3");
        Assert.Equal(("未达标", "2024-05-20", "2024-05-20"), (terminated["状态"], terminated["截止日期"], terminated["资格终止日期"]));
        var offenders = Rows(stream, "未述职代表");
        Assert.Equal(6, offenders.Count);
        Assert.Equal(("甲代表3", "资格终止（2024-05-20）前本届未向选民述职"), (offenders[0]["代表"], offenders[0]["原因"]));
    }

    [Fact]
    public async Task DeputyCompliance_GivesR5AndR7PerQuarterOfTheTerm_ToTheDeputyThemself()
    {
        await Reviews.RecordAsync(Reviews.Body());
        await History.ContactAsync(World.A.Deputy, new DateOnly(2026, 5, 1));

        var answer = await GetAsync("deputy.a", $"/api/v1/deputies/{World.A.Deputy.Id}/compliance?termId={World.A.Term.Id}");

        Assert.Equal(("甲代表1", "第十八届"), (answer.GetProperty("deputyName").GetString(), answer.GetProperty("termName").GetString()));
        var r5 = Assert.Single(answer.GetProperty("voterReports").EnumerateArray());
        Assert.Equal(("R5", "Met"), (r5.GetProperty("rule").GetString(), r5.GetProperty("status").GetString()));
        Assert.Equal("第十八届已向选民述职1次，最近一次2026-04-10。", r5.GetProperty("summary").GetString());

        // 2021-Q3 (the term began on 1 September) to 2026-Q2 (today): twenty quarters.
        var quarters = answer.GetProperty("contacts").EnumerateArray().ToList();
        Assert.Equal(20, quarters.Count);
        Assert.Equal(("2021-07-01", "2026-04-01"), (quarters[0].GetProperty("periodStart").GetString(), quarters[^1].GetProperty("periodStart").GetString()));
        Assert.All(quarters, q => Assert.Equal("R7", q.GetProperty("rule").GetString()));
        Assert.Equal("Breached", quarters[0].GetProperty("status").GetString());
        Assert.Equal("本季度未联系选民；固定联系选民6名，应不少于10名", Assert.Single(quarters[0].GetProperty("offenders").EnumerateArray()).GetProperty("reason").GetString());
        Assert.Equal("固定联系选民6名，应不少于10名", Assert.Single(quarters[^1].GetProperty("offenders").EnumerateArray()).GetProperty("reason").GetString());
        Assert.Equal("Pending", quarters[^1].GetProperty("status").GetString());
        Assert.Equal(("Breached", "未达标"), (answer.GetProperty("status").GetString(), answer.GetProperty("statusLabel").GetString()));
    }

    [Fact]
    public async Task DeputyCompliance_OfATerminatedDeputy_StopsAtTheMandatesEnd()
    {
        await TerminateAsync(World.A.Deputies[2]);

        var answer = await GetAsync("secretary.a", $"/api/v1/deputies/{World.A.Deputies[2].Id}/compliance");

        var r5 = Assert.Single(answer.GetProperty("voterReports").EnumerateArray());
        Assert.Equal(("Breached", "2024-05-20"), (r5.GetProperty("status").GetString(), r5.GetProperty("dueBy").GetString()));
        Assert.Equal("资格终止（2024-05-20）前本届未向选民述职", Assert.Single(r5.GetProperty("offenders").EnumerateArray()).GetProperty("reason").GetString());
        // R7 binds a deputy in office at a quarter's end: 2021-Q3 to 2024-Q1, the quarter of the termination not included.
        var quarters = answer.GetProperty("contacts").EnumerateArray().ToList();
        Assert.Equal("2024-01-01", quarters[^1].GetProperty("periodStart").GetString());
        Assert.Equal(11, quarters.Count);
    }

    [Fact]
    public async Task DeputyCompliance_ADeputyReadsOnlyTheirOwn_AndOtherTownshipsAreNotFound()
    {
        await (await (await As("deputy.a")).GetAsync($"/api/v1/deputies/{World.A.OtherDeputy.Id}/compliance")).ShouldBe(HttpStatusCode.NotFound);
        await (await (await As("deputy2.a")).GetAsync($"/api/v1/deputies/{World.A.OtherDeputy.Id}/compliance")).ShouldBe(HttpStatusCode.OK);
        await (await (await As("deputy.a")).GetAsync($"/api/v1/deputies/{World.B.Deputy.Id}/compliance")).ShouldBe(HttpStatusCode.NotFound);
        await (await (await As("secretary.b")).GetAsync($"/api/v1/deputies/{World.A.Deputy.Id}/compliance")).ShouldBe(HttpStatusCode.NotFound);
        await (await (await As("presidium.a")).GetAsync($"/api/v1/deputies/{World.A.OtherDeputy.Id}/compliance")).ShouldBe(HttpStatusCode.OK);
        await (await (await As("county")).GetAsync($"/api/v1/deputies/{World.A.Deputy.Id}/compliance")).ShouldBe(HttpStatusCode.OK);
        await (await (await As("unit.a")).GetAsync($"/api/v1/deputies/{World.A.Deputy.Id}/compliance")).ShouldBe(HttpStatusCode.Forbidden);
        await (await (await As("deputy.a")).GetAsync($"/api/v1/deputies/{World.A.Deputy.Id}/compliance?termId={World.B.Term.Id}")).ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task TermStructure_WithoutAPreviousTerm_ComparesNothing_AndFlagsTheTargets()
    {
        var answer = await GetAsync("secretary.a", $"/api/v1/townships/{World.A.Township.Id}/term-structure");

        Assert.Equal((6, "第十八届", "2021-08-20"), (answer.GetProperty("deputies").GetInt32(), answer.GetProperty("termName").GetString(), answer.GetProperty("ageOn").GetString()));
        Assert.Equal(JsonValueKind.Null, answer.GetProperty("previousTermName").ValueKind);
        Assert.Equal((3, 50.0m), Share(answer, "women"));
        Assert.Equal((3, 50.0m), Share(answer, "nonCpc"));
        Assert.Equal((1, 16.7m), Share(answer, "reelected"));
        Assert.Equal((6, 100.0m), Share(answer, "grassroots"));
        Assert.Equal((0, 0.0m), Share(answer, "underForty"));
        Assert.Equal("Met", Flag(answer, "nonCpc"));
        Assert.Equal("NotMet", Flag(answer, "reelected"));
        Assert.Equal("NoComparison", Flag(answer, "women"));
        Assert.Equal("NoComparison", Flag(answer, "officials"));
    }

    [Fact]
    public async Task TermStructure_WithThePreviousTermRecorded_ComparesWithIt_AndFlagsWomenBelowIt()
    {
        await PreviousTermAsync(women: 3, men: 1);

        var answer = await GetAsync("county", $"/api/v1/townships/{World.A.Township.Id}/term-structure?termId={World.A.Term.Id}");

        Assert.Equal(("第十七届", 4), (answer.GetProperty("previousTermName").GetString(), answer.GetProperty("previousDeputies").GetInt32()));
        var women = answer.GetProperty("shares").EnumerateArray().Single(s => s.GetProperty("key").GetString() == "women");
        Assert.Equal((3, 75.0m, -25.0m), (women.GetProperty("previousCount").GetInt32(), women.GetProperty("previousPercent").GetDecimal(), women.GetProperty("change").GetDecimal()));
        Assert.Equal("NotMet", Flag(answer, "women"));
        Assert.Equal("Met", Flag(answer, "officials"));

        var response = await (await As("secretary.a")).GetAsync($"/api/v1/townships/{World.A.Township.Id}/term-structure.xlsx");
        await response.ShouldBe(HttpStatusCode.OK);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var row = Rows(stream, "代表结构").Single(r => r["项目"] == "妇女代表");
        Assert.Equal(("3", "50.0", "3", "75.0", "-25.0"), (row["人数"], row["比例（%）"], row["上届人数"], row["上届比例（%）"], row["增减（百分点）"]));
        var flag = Rows(stream, "结构目标").Single(r => r["目标"] == "妇女代表比例不低于上届");
        Assert.Equal(("未达到", "妇女代表3名，占50.0%；上届3名，占75.0%。"), (flag["情况"], flag["说明"]));
    }

    [Fact]
    public async Task TermStructure_IsScopedToTheTownship_AndNotForDeputies()
    {
        var url = $"/api/v1/townships/{World.A.Township.Id}/term-structure";

        await (await (await As("secretary.b")).GetAsync(url)).ShouldBe(HttpStatusCode.NotFound);
        await (await (await As("presidium.b")).GetAsync(url + ".xlsx")).ShouldBe(HttpStatusCode.NotFound);
        await (await (await As("deputy.a")).GetAsync(url)).ShouldBe(HttpStatusCode.Forbidden);
        await (await (await As("presidium.a")).GetAsync(url)).ShouldBe(HttpStatusCode.OK);
    }

    private static (string?, string?, string?, string?) Line(JsonElement row) => (
        row.GetProperty("status").GetString(),
        row.GetProperty("statusLabel").GetString(),
        row.GetProperty("dueBy").GetString(),
        row.GetProperty("reason").GetString());

    private static (int, decimal) Share(JsonElement answer, string key)
    {
        var share = answer.GetProperty("shares").EnumerateArray().Single(s => s.GetProperty("key").GetString() == key);
        return (share.GetProperty("count").GetInt32(), share.GetProperty("percent").GetDecimal());
    }

    private static string? Flag(JsonElement answer, string key) =>
        answer.GetProperty("flags").EnumerateArray().Single(f => f.GetProperty("key").GetString() == key).GetProperty("status").GetString();

    private static List<Dictionary<string, string>> Rows(MemoryStream stream, string sheet)
    {
        stream.Position = 0;
        return [.. stream.Query(useHeaderRow: true, sheetName: sheet, excelType: ExcelType.XLSX)
            .Cast<IDictionary<string, object?>>()
            .Select(r => r.ToDictionary(p => p.Key, p => Convert.ToString(p.Value, CultureInfo.InvariantCulture) ?? string.Empty))];
    }

    private async Task<JsonElement> GetAsync(string user, string url)
    {
        var response = await (await As(user)).GetAsync(url);
        await response.ShouldBe(HttpStatusCode.OK);
        return await response.JsonAsync();
    }

    private async Task TerminateAsync(Deputy deputy)
    {
        await using var scope = Portal.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var stored = await db.Deputies.SingleAsync(d => d.Id == deputy.Id);
        var term = await db.Terms.SingleAsync(t => t.Id == stored.TermId);
        stored.TerminateMandate(TerminatedOn, "工作调动，调离本镇", term.Period);
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
            $"甲上届代表{i}", i <= women ? Gender.Female : Gender.Male, new DateOnly(1965 + i, 1, 1), "汉族", PartyAffiliation.CpcMember,
            OccupationCategory.Farmer, Education.HighSchool, null, false, false)));
        db.Terms.Add(term);
        db.ElectoralDistricts.AddRange(districts);
        db.Deputies.AddRange(deputies);
        await db.SaveChangesAsync();
    }
}
