using System.Globalization;
using System.Net;
using DeputyPortal.Api.FunctionalTests.Support;
using DeputyPortal.Domain.Meetings;
using MiniExcelLibs;

namespace DeputyPortal.Api.FunctionalTests.Compliance;

public sealed class ComplianceReportTests(PortalFactory portal) : PortalTest(portal)
{
    private static readonly string[] RuleHeaders = ["规则", "内容", "期间", "状态", "应达", "实达", "总数", "截止日期", "说明"];
    private static readonly string[] OffenderHeaders = ["规则", "状态", "类别", "名称", "原因"];

    private ComplianceHistory History => new(Portal);

    private string UrlA => $"/api/v1/townships/{World.A.Township.Id}/compliance.xlsx";

    [Fact]
    public async Task Report_IsAnXlsxWithARuleSheetAndAnOffenderSheet_InChinese()
    {
        await History.MeetingAsync(World.A, TownshipComplianceTests.ChinaTime(2026, 2, 10, 9, 0), PresidiumMeetingKind.Extraordinary);
        await History.GroupActivityAsync(World.A, new DateOnly(2026, 1, 20), World.A.Deputies[0]);

        var response = await (await As("secretary.a")).GetAsync($"{UrlA}?year=2026&quarter=1");

        await response.ShouldBe(HttpStatusCode.OK);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("茶亭镇2026年第1季度达标情况.xlsx", response.Content.Headers.ContentDisposition?.FileNameStar);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(["达标情况", "未达标明细"], MiniExcel.GetSheetNames(stream));

        var (header, rules) = Read(stream, "达标情况");
        Assert.Equal(RuleHeaders, header);
        Assert.Equal(["R1", "R2", "R3", "R4", "R7", "R6"], rules.Select(r => r["规则"]));
        var r3 = rules.Single(r => r["规则"] == "R3");
        Assert.Equal(("未达标", "1", "0", "1"), (r3["状态"], r3["应达"], r3["实达"], r3["总数"]));
        Assert.Equal("2026-03-31", r3["截止日期"]);
        Assert.Equal("2026年第1季度", r3["期间"]);
        Assert.Equal("已达标", rules.Single(r => r["规则"] == "R4")["状态"]);
        Assert.Equal("已达标", rules.Single(r => r["规则"] == "R2")["状态"]);
        Assert.Equal("未达标", rules.Single(r => r["规则"] == "R6")["状态"]);
        Assert.Equal("2026年", rules.Single(r => r["规则"] == "R6")["期间"]);

        var (offenderHeader, offenders) = Read(stream, "未达标明细");
        Assert.Equal(OffenderHeaders, offenderHeader);
        var meeting = offenders.Single(o => o["规则"] == "R3");
        Assert.Equal(("主席团会议", "2026-02-10 临时会议", "临时会议不计入例会"), (meeting["类别"], meeting["名称"], meeting["原因"]));
        Assert.Equal(6, offenders.Count(o => o["规则"] == "R7" && o["类别"] == "代表"));
        Assert.Contains(offenders, o => o["规则"] == "R6" && o["类别"] == "第一次会议");
    }

    [Fact]
    public async Task Report_OfARunningQuarter_ShowsPending()
    {
        var response = await (await As("presidium.a")).GetAsync($"{UrlA}?year=2026&quarter=2");

        await response.ShouldBe(HttpStatusCode.OK);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var (_, rules) = Read(stream, "达标情况");
        Assert.Equal("进行中", rules.Single(r => r["规则"] == "R3")["状态"]);
        Assert.Equal("进行中", rules.Single(r => r["规则"] == "R4")["状态"]);
    }

    [Fact]
    public async Task Report_HoldsNoPersonalData()
    {
        await History.ContactAsync(World.A.Deputy, new DateOnly(2026, 2, 1));

        var response = await (await As("secretary.a")).GetAsync($"{UrlA}?year=2026&quarter=1");

        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var cells = new[] { "达标情况", "未达标明细" }.SelectMany(sheet => Read(stream, sheet).Rows.SelectMany(r => r.Values)).ToList();
        Assert.DoesNotContain(cells, c => c.Contains("1380000", StringComparison.Ordinal) || c.Contains("1390000", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Report_PeriodOutOfRange_IsRefused()
    {
        var response = await (await As("secretary.a")).GetAsync($"{UrlA}?year=2026&quarter=9");

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("quarter:Range", await response.FieldRulesAsync());
    }

    private static (string[] Header, List<Dictionary<string, string>> Rows) Read(MemoryStream stream, string sheet)
    {
        stream.Position = 0;
        var lines = stream.Query(useHeaderRow: false, sheetName: sheet, excelType: ExcelType.XLSX)
            .Cast<IDictionary<string, object?>>()
            .Select(r => r.Values.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture) ?? string.Empty).ToArray())
            .ToList();
        var header = lines[0];
        return (header, lines.Skip(1).Select(cells => header.Zip(cells).ToDictionary(p => p.First, p => p.Second)).ToList());
    }
}
