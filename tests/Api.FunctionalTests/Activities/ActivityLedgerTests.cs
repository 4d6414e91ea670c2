using System.Globalization;
using System.Net;
using DeputyPortal.Api.FunctionalTests.Support;
using MiniExcelLibs;
using static DeputyPortal.Api.FunctionalTests.Activities.ActivityFlow;

namespace DeputyPortal.Api.FunctionalTests.Activities;

public sealed class ActivityLedgerTests(PortalFactory portal) : PortalTest(portal)
{
    private const string Ledger = "/api/v1/activities/ledger.xlsx";

    private static readonly string[] Headers =
    [
        "序号", "日期", "类别", "监督活动", "活动名称", "地点", "组织小组", "对象单位", "应参加人数", "出席人数", "缺席人数", "请假人数",
        "发现问题", "测评结果", "整改事项数", "已整改", "未整改", "逾期",
    ];

    private ActivityFlow Flow => new(Portal);

    [Fact]
    public async Task Ledger_IsAnXlsxWithTheChineseHeaderAndOneResolvedRowPerActivity()
    {
        var a = World.A;
        var evaluation = await Flow.RecordAsync(Flow.Body(
            kind: "WorkEvaluation", title: "评议农业农村工作", startsOn: new DateOnly(2026, 3, 5), endsOn: new DateOnly(2026, 3, 6), groupId: a.Group.Id,
            unitIds: [a.Units[0].Id, a.Units[1].Id],
            participants: [Present(a.Deputies[0].Id), Present(a.Deputies[1].Id), Absent(a.Deputies[2].Id), OnLeave(a.Deputies[3].Id, "生病住院")],
            tallies: [Tally(a.Units[0].Id, 1, 1, 0)]));
        evaluation = await Flow.AddItemAsync(evaluation, Item(a.Units[0].Id, new DateOnly(2026, 5, 31)));
        evaluation = await Flow.AddItemAsync(evaluation, Item(a.Units[1].Id, new DateOnly(2026, 7, 31), "整治路灯"));
        await Flow.AddItemAsync(evaluation, Item(a.Units[1].Id, new DateOnly(2026, 4, 30), "清理沟渠", "Completed", new DateOnly(2026, 4, 20), "已清理完毕"));
        await Flow.RecordAsync(Flow.Body(kind: "Training", title: "代表履职学习培训"));
        await Flow.RecordAsync(Flow.Body(World.B, title: "昂素镇视察"), "secretary.b");

        var response = await (await As("secretary.a")).GetAsync(Ledger);

        await response.ShouldBe(HttpStatusCode.OK);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("活动台账.xlsx", response.Content.Headers.ContentDisposition?.FileNameStar);
        var (header, rows) = await ReadAsync(response);
        Assert.Equal(Headers, header);
        Assert.Equal(["代表履职学习培训", "评议农业农村工作"], rows.Select(r => r["活动名称"]));
        Assert.Equal(["1", "2"], rows.Select(r => r["序号"]));

        var row = rows[1];
        Assert.Equal("2026-03-05至2026-03-06", row["日期"]);
        Assert.Equal(("工作评议", "是", "茶亭村水厂", a.Group.Name), (row["类别"], row["监督活动"], row["地点"], row["组织小组"]));
        Assert.Equal($"{a.Units[0].Name}、{a.Units[1].Name}", row["对象单位"]);
        Assert.Equal(("4", "2", "1", "1"), (row["应参加人数"], row["出席人数"], row["缺席人数"], row["请假人数"]));
        Assert.Equal("部分管网老化，水压不足。", row["发现问题"]);
        Assert.Equal($"{a.Units[0].Name}：满意1、基本满意1、不满意0", row["测评结果"]);
        Assert.Equal(("3", "1", "2", "1"), (row["整改事项数"], row["已整改"], row["未整改"], row["逾期"]));
        Assert.Equal(("学习培训", "否", "2026-05-20"), (rows[0]["类别"], rows[0]["监督活动"], rows[0]["日期"]));
    }

    [Fact]
    public async Task Ledger_HoldsOnlyTheCallersTownshipAndTheFilteredActivities()
    {
        await Flow.RecordAsync(Flow.Body(title: "茶亭镇视察"));
        await Flow.RecordAsync(Flow.Body(kind: "Training", title: "茶亭镇培训"));
        await Flow.RecordAsync(Flow.Body(World.B, title: "昂素镇视察"), "secretary.b");

        var (_, ofB) = await ReadAsync(await (await As("secretary.b")).GetAsync(Ledger));
        var (_, ofCounty) = await ReadAsync(await (await As("county")).GetAsync($"{Ledger}?supervision=true&sort=title"));
        var (_, ofPresidiumB) = await ReadAsync(await (await As("presidium.b")).GetAsync($"{Ledger}?townshipId={World.A.Township.Id}"));

        Assert.Equal(["昂素镇视察"], ofB.Select(r => r["活动名称"]));
        Assert.Equal(new[] { "昂素镇视察", "茶亭镇视察" }.Order(StringComparer.Ordinal), ofCounty.Select(r => r["活动名称"]).Order(StringComparer.Ordinal));
        Assert.Empty(ofPresidiumB);
    }

    [Theory]
    [InlineData("sort=place", "sort")]
    [InlineData("kind=Picnic", "kind")]
    public async Task Ledger_WithBadQuery_IsRefused(string queryString, string field)
    {
        var response = await (await As("county")).GetAsync($"{Ledger}?{queryString}");

        if (field == "kind")
        {
            // An unknown enum name does not bind: the framework answers 400 before the request reaches the handler.
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            return;
        }

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
            .Select(r => r.Values.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture) ?? string.Empty).ToArray())
            .ToList();
        var header = sheet[0];
        var rows = sheet.Skip(1).Select(cells => header.Zip(cells).ToDictionary(p => p.First, p => p.Second)).ToList();
        return (header, rows);
    }
}
