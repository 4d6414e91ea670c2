using System.Globalization;
using System.Net;
using DeputyPortal.Api.FunctionalTests.Proposals;
using DeputyPortal.Api.FunctionalTests.Support;
using MiniExcelLibs;

namespace DeputyPortal.Api.FunctionalTests.Contacts;

/// <summary>The contact ledger (联系选民台账) as .xlsx: its columns, its filters, whose entries it holds and whose personal data it shows.</summary>
public sealed class ContactLedgerTests(PortalFactory portal) : PortalTest(portal)
{
    private const string Ledger = "/api/v1/constituent-contacts/ledger.xlsx";

    private static readonly string[] Headers =
    [
        "序号", "乡镇", "联系日期", "代表", "联系方式", "联系对象", "村（社区）", "联系电话", "住址", "联系情况", "反映问题", "转为建议",
    ];

    private ProposalFlow Flow => new(Portal);

    [Fact]
    public async Task Ledger_IsAnXlsxWithTheChineseHeaderAndOneResolvedRowPerEntry()
    {
        var contact = await Flow.LogContactAsync();
        var walkIn = await Flow.LogContactAsync(new
        {
            contactedOn = "2026-06-12", channel = "WalkIn", otherPerson = "过路村民张某", summary = "来访反映集市占道问题。", concerns = Array.Empty<string>(),
        });
        await Flow.ConcernToProposalAsync(contact, contact.ConcernId(ProposalFlow.LampConcern));

        var response = await (await As("secretary.a")).GetAsync(Ledger);

        await response.ShouldBe(HttpStatusCode.OK);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("联系选民台账.xlsx", response.Content.Headers.ContentDisposition?.FileNameStar);
        var (header, rows) = await ReadAsync(response);
        Assert.Equal(Headers, header);
        Assert.Equal(2, rows.Count);

        var own = World.A.ConstituentsOf(World.A.Deputy).Take(2).OrderBy(c => c.Name, StringComparer.Ordinal).ToList();
        var visit = rows[0];
        Assert.Equal("1", visit["序号"]);
        Assert.Equal("茶亭镇", visit["乡镇"]);
        Assert.Equal("2026-06-10", visit["联系日期"]);
        Assert.Equal(World.A.Deputy.Name, visit["代表"]);
        Assert.Equal("走访", visit["联系方式"]);
        Assert.Equal(string.Join("、", own.Select(c => c.Name)), visit["联系对象"]);
        Assert.Equal(own[0].Village, visit["村（社区）"]);
        Assert.Equal(string.Join("、", own.Select(c => c.Phone)), visit["联系电话"]);
        Assert.Equal(string.Join("；", own.Select(c => c.Address)), visit["住址"]);
        Assert.Equal("走访茶亭村三组，听取群众对村组道路和公共设施的意见。", visit["联系情况"]);
        Assert.Equal($"1. {ProposalFlow.RoadConcern}\n2. {ProposalFlow.LampConcern}", visit["反映问题"]);
        Assert.Equal("第2项：未编号", visit["转为建议"]);

        var other = rows[1];
        Assert.Equal("2026-06-12", other["联系日期"]);
        Assert.Equal("来访", other["联系方式"]);
        Assert.Equal("过路村民张某", other["联系对象"]);
        Assert.Equal(string.Empty, other["联系电话"]);
        Assert.Equal(string.Empty, other["反映问题"]);
        Assert.Equal(walkIn.Json.GetProperty("summary").GetString(), other["联系情况"]);
    }

    [Theory]
    [InlineData("secretary.a")]
    [InlineData("deputy.a")]
    public async Task Ledger_ShowsPersonalDataInFull_ToTheSecretaryAndTheDeputy(string user)
    {
        await Flow.LogContactAsync();
        var own = World.A.ConstituentsOf(World.A.Deputy).Take(2).ToList();

        var (_, rows) = await ReadAsync(await (await As(user)).GetAsync(Ledger));

        var row = Assert.Single(rows);
        Assert.All(own, c => Assert.Contains(c.Phone!, row["联系电话"], StringComparison.Ordinal));
        Assert.All(own, c => Assert.Contains(c.Address!, row["住址"], StringComparison.Ordinal));
        Assert.DoesNotContain("*", row["联系电话"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("county")]
    [InlineData("presidium.a")]
    [InlineData("admin")]
    public async Task Ledger_MasksPersonalData_ForEveryoneElse(string user)
    {
        await Flow.LogContactAsync();
        var own = World.A.ConstituentsOf(World.A.Deputy).Take(2).OrderBy(c => c.Name, StringComparer.Ordinal).ToList();

        var (_, rows) = await ReadAsync(await (await As(user)).GetAsync(Ledger));

        var row = Assert.Single(rows);
        Assert.Equal(string.Join("、", own.Select(c => c.Phone![..3] + "****" + c.Phone![^4..])), row["联系电话"]);
        Assert.Equal(string.Join("；", own.Select(c => c.Village + "****")), row["住址"]); // "甲村2组2号" keeps "甲村" only
        var cells = rows.SelectMany(r => r.Values).ToList();
        Assert.All(own, c => Assert.DoesNotContain(cells, cell => cell.Contains(c.Phone!, StringComparison.Ordinal)));
        Assert.All(own, c => Assert.DoesNotContain(cells, cell => cell.Contains(c.Address!, StringComparison.Ordinal)));
        Assert.Equal(string.Join("、", own.Select(c => c.Name)), row["联系对象"]); // names stay
    }

    [Fact]
    public async Task Ledger_ForADeputy_HoldsOnlyTheirOwnEntries()
    {
        var own = await Flow.LogContactAsync();
        await Flow.LogContactAsync(
            Flow.Contact(deputyId: World.A.OtherDeputy.Id, constituentIds: World.A.ConstituentsOf(World.A.OtherDeputy).Take(1).Select(c => c.Id)),
            user: "secretary.a");

        var (_, mine) = await ReadAsync(await (await As("deputy.a")).GetAsync(Ledger));
        var (_, asked) = await ReadAsync(await (await As("deputy.a")).GetAsync($"{Ledger}?deputyId={World.A.OtherDeputy.Id}"));
        var (_, theirs) = await ReadAsync(await (await As("deputy2.a")).GetAsync(Ledger));
        var (_, township) = await ReadAsync(await (await As("secretary.a")).GetAsync(Ledger));
        var (_, otherTownship) = await ReadAsync(await (await As("secretary.b")).GetAsync(Ledger));

        Assert.Equal([World.A.Deputy.Name], mine.Select(r => r["代表"]));
        Assert.Empty(asked);
        Assert.Equal([World.A.OtherDeputy.Name], theirs.Select(r => r["代表"]));
        Assert.Equal(2, township.Count);
        Assert.Empty(otherTownship);
        Assert.NotEqual(Guid.Empty, own.Id);
    }

    [Fact]
    public async Task Ledger_AppliesTheListFilters()
    {
        await Flow.LogContactAsync(Flow.Contact(contactedOn: "2026-06-01"));
        await Flow.LogContactAsync(Flow.Contact(contactedOn: "2026-06-12", channel: "Phone"));
        await Flow.LogContactAsync(
            Flow.Contact(contactedOn: "2026-05-20", deputyId: World.A.OtherDeputy.Id, constituentIds: World.A.ConstituentsOf(World.A.OtherDeputy).Take(1).Select(c => c.Id)),
            user: "secretary.a");

        Assert.Equal(["2026-05-20", "2026-06-01", "2026-06-12"], await DatesAsync("county", string.Empty));
        Assert.Equal(["2026-06-12"], await DatesAsync("secretary.a", "channel=Phone"));
        Assert.Equal(["2026-06-01"], await DatesAsync("secretary.a", "from=2026-05-21&to=2026-06-11"));
        Assert.Equal(["2026-05-20"], await DatesAsync("county", $"deputyId={World.A.OtherDeputy.Id}"));
        Assert.Equal(["2026-06-12", "2026-06-01", "2026-05-20"], await DatesAsync("secretary.a", "sort=-contactedOn"));
        Assert.Empty(await DatesAsync("county", $"townshipId={World.B.Township.Id}"));
        Assert.Equal(3, (await DatesAsync("county", $"townshipId={World.A.Township.Id}")).Count);
    }

    [Theory]
    [InlineData("from=2026-06-10&to=2026-06-01", "to:FromBeforeTo")]
    [InlineData("sort=summary", "sort:SortKeyIsKnown")]
    public async Task Ledger_WithBadQuery_IsRefusedNamingTheField(string queryString, string fieldRule)
    {
        var response = await (await As("secretary.a")).GetAsync($"{Ledger}?{queryString}");

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Contains(fieldRule, await response.FieldRulesAsync());
    }

    [Theory]
    [InlineData("secretary.a")]
    [InlineData("county")]
    public async Task JsonApi_ShowsNamesButNoPhonesOrAddresses(string user)
    {
        var contact = await Flow.LogContactAsync();
        var own = World.A.ConstituentsOf(World.A.Deputy).Take(2).ToList();

        var list = await (await (await As(user)).GetAsync("/api/v1/constituent-contacts")).Content.ReadAsStringAsync();
        var one = await (await (await As(user)).GetAsync($"/api/v1/constituent-contacts/{contact.Id}")).Content.ReadAsStringAsync();

        foreach (var body in new[] { list, one })
        {
            Assert.All(own, c => Assert.Contains(c.Name, body, StringComparison.Ordinal));
            Assert.All(own, c => Assert.DoesNotContain(c.Phone!, body, StringComparison.Ordinal));
            Assert.All(own, c => Assert.DoesNotContain(c.Address!, body, StringComparison.Ordinal));
        }
    }

    private async Task<List<string>> DatesAsync(string user, string queryString)
    {
        var (_, rows) = await ReadAsync(await (await As(user)).GetAsync($"{Ledger}?{queryString}"));
        return rows.Select(r => r["联系日期"]).ToList();
    }

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
