using System.Globalization;
using System.Net;
using System.Text.Json;
using DeputyPortal.Api.FunctionalTests.Proposals;
using DeputyPortal.Api.FunctionalTests.Support;
using MiniExcelLibs;

namespace DeputyPortal.Api.FunctionalTests.Compliance;

/// <summary>
/// R1 through GET /api/v1/townships/{id}/compliance and its workbook, at the suite's fixed clock (2026-06-15): the
/// proposals whose reply deadline (assignment + 3 months) fell in the quarter, and whether they were replied by it.
/// </summary>
public sealed class ReplyDeadlineComplianceTests(PortalFactory portal) : PortalTest(portal)
{
    private const string Title = "关于修缮茶亭村机耕道的建议";

    private ProposalHistory History => new(Portal);

    private ProposalFlow Flow => new(Portal);

    [Fact]
    public async Task R1_NamesTheLateAndTheUnreplied_WithTheirDaysOverdue_AndTheDeadlineAfterTheQuarterCountsForTheNext()
    {
        await History.RepliedOnAsync(new DateOnly(2025, 11, 20), new DateOnly(2026, 2, 20)); // due 2026-02-20, on the day
        var late = await History.RepliedOnAsync(new DateOnly(2025, 12, 31), new DateOnly(2026, 4, 12)); // due 2026-03-31
        var unreplied = await History.AssignedOnAsync(new DateOnly(2025, 12, 15)); // due 2026-03-15
        var nextQuarter = await History.AssignedOnAsync(new DateOnly(2026, 1, 1)); // due 2026-04-01
        await History.AssignedOnAsync(new DateOnly(2025, 12, 15), town: World.B); // another township's

        var q1 = TownshipComplianceTests.Rule(await ComplianceAsync(2026, 1), "R1");
        var q2 = TownshipComplianceTests.Rule(await ComplianceAsync(2026, 2), "R1");

        Assert.Equal(("Breached", 3, 1, 3), Numbers(q1));
        Assert.Equal("2026-03-31", q1.GetProperty("dueBy").GetString());
        Assert.Equal("2026年第1季度办理期限届满的建议3件，按期答复1件，逾期答复1件，未答复1件（其中已逾期1件，尚在期限内0件）。", q1.GetProperty("summary").GetString());
        var offenders = q1.GetProperty("offenders").EnumerateArray().ToList();
        Assert.Equal([unreplied, late], offenders.Select(o => o.GetProperty("id").GetGuid()));
        Assert.All(offenders, o => Assert.Equal("proposal", o.GetProperty("kind").GetString()));
        Assert.Equal($"{await NumberAsync(unreplied)} {Title}", offenders[0].GetProperty("name").GetString());
        Assert.Equal("办理期限2026-03-15，逾期92天未答复", offenders[0].GetProperty("reason").GetString());
        Assert.Equal("办理期限2026-03-31，2026-04-12答复，逾期12天答复", offenders[1].GetProperty("reason").GetString());

        // The days overdue are those the proposal itself answers with (docs/api.md §7).
        Assert.Equal(92, (await ProposalAsync(unreplied)).GetProperty("daysOverdue").GetInt32());

        Assert.Equal(("Breached", 1, 0, 1), Numbers(q2));
        Assert.Equal(nextQuarter, Assert.Single(q2.GetProperty("offenders").EnumerateArray()).GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task R1_ProposalAssignedTodayThroughTheWorkflow_IsPendingInTheQuarterOfItsDeadline_AndMetOnceReplied()
    {
        var assigned = await Flow.AssignedAsync(); // 2026-06-15 + 3 months = 2026-09-15

        var waiting = TownshipComplianceTests.Rule(await ComplianceAsync(2026, 3), "R1");
        Assert.Equal(("Pending", 1, 0, 1), Numbers(waiting));
        Assert.Equal("2026-09-15", waiting.GetProperty("dueBy").GetString());
        Assert.Equal("尚未答复（期限2026-09-15）", Assert.Single(waiting.GetProperty("offenders").EnumerateArray()).GetProperty("reason").GetString());
        Assert.Equal(("Met", 0, 0, 0), Numbers(TownshipComplianceTests.Rule(await ComplianceAsync(2026, 2), "R1")));

        await Flow.RepliedAsync(proposal: assigned);

        var replied = TownshipComplianceTests.Rule(await ComplianceAsync(2026, 3), "R1");
        Assert.Equal(("Met", 1, 1, 1), Numbers(replied));
        Assert.Empty(replied.GetProperty("offenders").EnumerateArray());
    }

    [Fact]
    public async Task R1_QuarterWithNoDeadline_IsMetWithNothingToCount()
    {
        var r1 = TownshipComplianceTests.Rule(await ComplianceAsync(2026, 1), "R1");

        Assert.Equal(("Met", 0, 0, 0), Numbers(r1));
        Assert.Equal("2026年第1季度没有办理期限届满的建议。", r1.GetProperty("summary").GetString());
    }

    [Fact]
    public async Task Workbook_HasR1_WithItsOffenders()
    {
        await History.AssignedOnAsync(new DateOnly(2025, 12, 15));

        var response = await (await As("secretary.a")).GetAsync($"/api/v1/townships/{World.A.Township.Id}/compliance.xlsx?year=2026&quarter=1");

        await response.ShouldBe(HttpStatusCode.OK);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var rule = Rows(stream, "达标情况").Single(r => r["规则"] == "R1");
        Assert.Equal(("未达标", "1", "0", "1", "2026-03-15"), (rule["状态"], rule["应达"], rule["实达"], rule["总数"], rule["截止日期"]));
        Assert.Equal("交办的建议在办理期限内答复", rule["内容"]);
        var offender = Rows(stream, "未达标明细").Single(o => o["规则"] == "R1");
        Assert.Equal(("建议", "办理期限2026-03-15，逾期92天未答复"), (offender["类别"], offender["原因"]));
    }

    private static (string?, int, int, int) Numbers(JsonElement rule) => (
        rule.GetProperty("status").GetString(),
        rule.GetProperty("required").GetInt32(),
        rule.GetProperty("counted").GetInt32(),
        rule.GetProperty("total").GetInt32());

    private static List<Dictionary<string, string>> Rows(MemoryStream stream, string sheet)
    {
        stream.Position = 0;
        return [.. stream.Query(useHeaderRow: true, sheetName: sheet, excelType: ExcelType.XLSX)
            .Cast<IDictionary<string, object?>>()
            .Select(r => r.ToDictionary(p => p.Key, p => Convert.ToString(p.Value, CultureInfo.InvariantCulture) ?? string.Empty))];
    }

    private async Task<JsonElement> ComplianceAsync(int year, int quarter)
    {
        var response = await (await As("secretary.a")).GetAsync(
            string.Create(CultureInfo.InvariantCulture, $"/api/v1/townships/{World.A.Township.Id}/compliance?year={year}&quarter={quarter}"));
        await response.ShouldBe(HttpStatusCode.OK);
        return await response.JsonAsync();
    }

    private async Task<JsonElement> ProposalAsync(Guid id)
    {
        var response = await (await As("secretary.a")).GetAsync($"/api/v1/proposals/{id}");
        await response.ShouldBe(HttpStatusCode.OK);
        return await response.JsonAsync();
    }

    private async Task<string?> NumberAsync(Guid id) => (await ProposalAsync(id)).GetProperty("number").GetString();
}
