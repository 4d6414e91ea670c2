using System.Globalization;
using System.Net;
using System.Text.Json;
using DeputyPortal.Api.FunctionalTests.Proposals;
using DeputyPortal.Api.FunctionalTests.Support;
using MiniExcelLibs;

namespace DeputyPortal.Api.FunctionalTests.PersonalData;

/// <summary>
/// One record, read by each kind of reader, through every answer that carries its personal data: in full for the
/// owning township's secretary and the deputy it belongs to (or is assigned to), masked for everyone else.
/// </summary>
public sealed class PersonalDataReadersTests(PortalFactory portal) : PortalTest(portal)
{
    public static TheoryData<string, bool> DeputyReaders => new()
    {
        { "secretary.a", true },
        { "deputy.a", true },
        { "deputy2.a", false },
        { "presidium.a", false },
        { "county", false },
        { "admin", false },
    };

    public static TheoryData<string, bool> ConstituentReaders => new()
    {
        { "secretary.a", true },
        { "deputy.a", true },
        { "presidium.a", false },
        { "county", false },
    };

    [Theory]
    [MemberData(nameof(DeputyReaders))]
    public async Task Deputy_PhoneByReader_InTheRecordAndTheRoster(string reader, bool full)
    {
        var deputy = World.A.Deputy;
        var expected = full ? deputy.Phone : "138****0001";
        var client = await As(reader);

        var record = await OkJsonAsync(client, $"/api/v1/deputies/{deputy.Id}");
        var roster = await OkJsonAsync(client, $"/api/v1/deputies?townshipId={World.A.Township.Id}&pageSize=100");

        Assert.Equal(expected, record.GetProperty("phone").GetString());
        Assert.Equal(expected, ItemById(roster, deputy.Id).GetProperty("phone").GetString());
    }

    [Theory]
    [MemberData(nameof(ConstituentReaders))]
    public async Task Constituent_PhoneAndAddressByReader_InTheRecordAndBothLists(string reader, bool full)
    {
        var constituent = World.A.ConstituentsOf(World.A.Deputy).First();
        var client = await As(reader);

        var answers = new[]
        {
            await OkJsonAsync(client, $"/api/v1/constituents/{constituent.Id}"),
            ItemById(await OkJsonAsync(client, $"/api/v1/constituents?deputyId={World.A.Deputy.Id}&pageSize=100"), constituent.Id),
            ItemById(await OkJsonAsync(client, $"/api/v1/deputies/{World.A.Deputy.Id}/constituents?pageSize=100"), constituent.Id),
        };

        Assert.All(answers, answer =>
        {
            Assert.Equal(full ? constituent.Phone : constituent.Phone![..3] + "****" + constituent.Phone![^4..], answer.GetProperty("phone").GetString());
            Assert.Equal(full ? constituent.Address : "甲村****", answer.GetProperty("address").GetString());
        });
    }

    [Theory]
    [InlineData("deputy2.a")]
    [InlineData("secretary.b")]
    public async Task Constituent_OfAnotherDeputyOrTownship_IsNotFound(string reader)
    {
        var constituent = World.A.ConstituentsOf(World.A.Deputy).First();

        var response = await (await As(reader)).GetAsync($"/api/v1/constituents/{constituent.Id}");

        await response.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [MemberData(nameof(ConstituentReaders))]
    public async Task Contact_ItsAnswerCarriesNoPersonalData_AndItsLedgerShowsItByReader(string reader, bool full)
    {
        var contact = await new ProposalFlow(Portal).LogContactAsync();
        var people = World.A.ConstituentsOf(World.A.Deputy).Take(2).ToList();
        var client = await As(reader);

        var answer = await (await client.GetAsync($"/api/v1/constituent-contacts/{contact.Id}")).Content.ReadAsStringAsync();
        var ledger = await LedgerCellsAsync(client);

        Assert.All(people, p => Assert.DoesNotContain(p.Phone!, answer, StringComparison.Ordinal));
        Assert.All(people, p => Assert.Equal(full, ledger.Any(cell => cell.Contains(p.Phone!, StringComparison.Ordinal))));
        Assert.All(people, p => Assert.Equal(full, ledger.Any(cell => cell.Contains(p.Address!, StringComparison.Ordinal))));
        Assert.Equal(!full, ledger.Any(cell => cell.Contains("****", StringComparison.Ordinal)));
    }

    private static async Task<JsonElement> OkJsonAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        await response.ShouldBe(HttpStatusCode.OK);
        return await response.JsonAsync();
    }

    private static JsonElement ItemById(JsonElement page, Guid id) =>
        page.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetGuid() == id);

    private static async Task<List<string>> LedgerCellsAsync(HttpClient client)
    {
        var response = await client.GetAsync("/api/v1/constituent-contacts/ledger.xlsx");
        await response.ShouldBe(HttpStatusCode.OK);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        return stream.Query(useHeaderRow: false, excelType: ExcelType.XLSX)
            .Cast<IDictionary<string, object?>>()
            .SelectMany(r => r.Values.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture) ?? string.Empty))
            .ToList();
    }
}
