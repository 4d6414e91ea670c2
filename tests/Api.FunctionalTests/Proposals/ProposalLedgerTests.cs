using System.Net;
using DeputyPortal.Api.FunctionalTests.Support;
using MiniExcelLibs;

namespace DeputyPortal.Api.FunctionalTests.Proposals;

public sealed class ProposalLedgerTests(PortalFactory portal) : PortalTest(portal)
{
    private const string Ledger = "/api/v1/proposals/ledger.xlsx";

    private static readonly string[] Headers =
    [
        "序号", "编号", "类型", "标题", "类别", "领衔代表", "附议代表", "会议", "状态", "主办单位", "协办单位", "交办日期", "办理期限",
        "是否延期", "重点督办", "督办人", "答复日期", "答复类别", "按期答复", "代表评价", "办结日期", "预警", "逾期天数",
    ];

    private ProposalFlow Flow => new(Portal);

    [Fact]
    public async Task Ledger_IsAnXlsxWithTheChineseHeaderAndOneResolvedRowPerProposal()
    {
        var motion = await Flow.AssignedToAsync(
            await Flow.SubmittedAsync(Flow.Motion()), World.A.Units[0].Id, [World.A.Units[1].Id], supervisorId: World.A.Chair.Id);
        var overdue = await new ProposalHistory(Portal).AssignedOnAsync(new DateOnly(2026, 3, 1));
        var betweenSessions = await Flow.SubmittedAsync(Flow.BetweenSessions());

        var response = await (await As("secretary.a")).GetAsync(Ledger);

        await response.ShouldBe(HttpStatusCode.OK);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("建议办理台账.xlsx", response.Content.Headers.ContentDisposition?.FileNameStar);
        var (header, rows) = await ReadAsync(response);
        Assert.Equal(Headers, header);
        Assert.Equal(3, rows.Count);

        var row = rows.Single(r => r["编号"] == motion.Json.GetProperty("number").GetString());
        Assert.Equal("议案", row["类型"]);
        Assert.Equal("关于制定茶亭镇农村人居环境整治办法的议案", row["标题"]);
        Assert.Equal(World.A.Deputy.Name, row["领衔代表"]);
        Assert.Equal(World.A.Deputies.Skip(1).Take(4).Select(d => d.Name).Order(), row["附议代表"].Split('、').Order());
        Assert.Equal("第一次会议", row["会议"]);
        Assert.Equal("已交办", row["状态"]);
        Assert.Equal(World.A.Units[0].Name, row["主办单位"]);
        Assert.Equal(World.A.Units[1].Name, row["协办单位"]);
        Assert.Equal("2026-06-15", row["交办日期"]);
        Assert.Equal("2026-09-15", row["办理期限"]);
        Assert.Equal("否", row["是否延期"]);
        Assert.Equal("是", row["重点督办"]);
        Assert.Equal(World.A.Deputies[5].Name, row["督办人"]);
        Assert.Equal("绿", row["预警"]);
        Assert.Equal(string.Empty, row["逾期天数"]);

        var overdueNumber = (await Flow.GetAsync(overdue)).Json.GetProperty("number").GetString();
        var late = rows.Single(r => r["编号"] == overdueNumber);
        Assert.Equal("红", late["预警"]);
        Assert.Equal("14", late["逾期天数"]);
        Assert.Equal("已交办", late["状态"]);

        var unassigned = rows.Single(r => r["会议"] == "闭会期间");
        Assert.Equal("已提交", unassigned["状态"]);
        Assert.Equal(string.Empty, unassigned["预警"]);
        Assert.Equal(betweenSessions.Json.GetProperty("title").GetString(), unassigned["标题"]);
    }

    [Fact]
    public async Task Ledger_HoldsNoPersonalData()
    {
        await Flow.AssignedToAsync(await Flow.SubmittedAsync(Flow.Motion()), World.A.Units[0].Id, supervisorId: World.A.Chair.Id);

        var response = await (await As("secretary.a")).GetAsync(Ledger);

        var (_, rows) = await ReadAsync(response);
        var cells = rows.SelectMany(r => r.Values).ToList();
        Assert.DoesNotContain(cells, c => c.Contains("1380000", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Ledger_AppliesTheListFilters_AndLeavesOutDraftsUnlessAsked()
    {
        var motion = await Flow.RegisteredAsync(Flow.Motion());
        await Flow.AssignedAsync();
        await Flow.PaperDraftAsync();
        await Flow.DraftAsync(Flow.Suggestion("关于修缮茶亭小学围墙的建议")); // deputy.a's own: private, never in the secretary's ledger

        var (_, motions) = await ReadAsync(await (await As("secretary.a")).GetAsync($"{Ledger}?kind=Motion"));
        var (_, all) = await ReadAsync(await (await As("secretary.a")).GetAsync(Ledger));
        var (_, drafts) = await ReadAsync(await (await As("secretary.a")).GetAsync($"{Ledger}?status=Draft"));

        Assert.Equal(motion.Json.GetProperty("number").GetString(), Assert.Single(motions)["编号"]);
        Assert.Equal(["1", "2"], all.Select(r => r["序号"]));
        Assert.Equal("草稿", Assert.Single(drafts)["状态"]);
    }

    [Fact]
    public async Task Ledger_IsScopedLikeTheList()
    {
        await Flow.AssignedAsync();
        await Flow.AssignedInBAsync();

        var (_, ofB) = await ReadAsync(await (await As("secretary.b")).GetAsync(Ledger));
        var (_, ofCounty) = await ReadAsync(await (await As("county")).GetAsync(Ledger));
        var (headerOfNone, none) = await ReadAsync(await (await As("presidium.b")).GetAsync($"{Ledger}?townshipId={World.A.Township.Id}"));

        Assert.Equal(World.B.Units[0].Name, Assert.Single(ofB)["主办单位"]);
        Assert.Equal(2, ofCounty.Count);
        Assert.Empty(none);
        Assert.Equal(Headers, headerOfNone);
    }

    [Fact]
    public async Task Ledger_OverTheRowLimit_IsRefusedNamingTheRule()
    {
        var submitted = await Flow.SubmittedAsync();
        await Flow.CopyAsync(submitted.Id, 10_000);

        var response = await (await As("secretary.a")).GetAsync(Ledger);
        var narrowed = await (await As("secretary.a")).GetAsync($"{Ledger}?search=J");

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("LedgerRowLimit", await response.RuleAsync());
        await narrowed.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("deputy.a")]
    [InlineData("unit.a")]
    public async Task Ledger_ForDeputiesAndUnitOfficers_IsForbidden(string user)
    {
        await Flow.AssignedAsync();

        var response = await (await As(user)).GetAsync(Ledger);

        await response.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("color=purple", "color")]
    [InlineData("sort=content", "sort")]
    public async Task Ledger_WithBadFilter_IsRefusedNamingTheField(string queryString, string field)
    {
        var response = await (await As("county")).GetAsync($"{Ledger}?{queryString}");

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Contains(await response.FieldRulesAsync(), r => r.StartsWith(field + ":", StringComparison.Ordinal));
    }

    /// <summary>The header row and the data rows of the first sheet, every cell as text keyed by its header.</summary>
    private static async Task<(string[] Header, List<Dictionary<string, string>> Rows)> ReadAsync(HttpResponseMessage response)
    {
        await response.ShouldBe(HttpStatusCode.OK);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var sheet = stream.Query(useHeaderRow: false, excelType: ExcelType.XLSX)
            .Cast<IDictionary<string, object?>>()
            .Select(r => r.Values.Select(v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty).ToArray())
            .ToList();
        var header = sheet[0];
        var rows = sheet.Skip(1).Select(cells => header.Zip(cells).ToDictionary(p => p.First, p => p.Second)).ToList();
        return (header, rows);
    }
}
