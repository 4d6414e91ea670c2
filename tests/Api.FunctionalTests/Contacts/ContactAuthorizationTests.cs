using System.Net;
using System.Net.Http.Json;
using DeputyPortal.Api.FunctionalTests.Proposals;
using DeputyPortal.Api.FunctionalTests.Support;

namespace DeputyPortal.Api.FunctionalTests.Contacts;

/// <summary>
/// Who may do what with a contact entry of deputy.a (township A): every endpoint for every kind of user. Reads follow
/// the scoping (a deputy: own; a unit: none; another township: none); changes are for the deputy and the township's
/// secretary only; an entry out of scope is not found.
/// </summary>
public sealed class ContactAuthorizationTests(PortalFactory portal) : PortalTest(portal)
{
    private const string Url = "/api/v1/constituent-contacts";
    private const string Anonymous = "anonymous";

    private ProposalFlow Flow => new(Portal);

    [Theory]
    [InlineData("admin", HttpStatusCode.OK, 1)]
    [InlineData("county", HttpStatusCode.OK, 1)]
    [InlineData("secretary.a", HttpStatusCode.OK, 1)]
    [InlineData("secretary.b", HttpStatusCode.OK, 0)]
    [InlineData("presidium.a", HttpStatusCode.OK, 1)]
    [InlineData("deputy.a", HttpStatusCode.OK, 1)]
    [InlineData("deputy2.a", HttpStatusCode.OK, 0)]
    [InlineData("unit.a", HttpStatusCode.OK, 0)]
    [InlineData(Anonymous, HttpStatusCode.Unauthorized, 0)]
    public async Task List(string user, HttpStatusCode expected, int count)
    {
        await Flow.LogContactAsync();

        var response = await (await ClientAsync(user)).GetAsync(Url);

        await response.ShouldBe(expected);
        if (expected == HttpStatusCode.OK)
        {
            Assert.Equal(count, (await response.JsonAsync()).GetProperty("totalCount").GetInt32());
        }
    }

    [Theory]
    [InlineData("admin", HttpStatusCode.OK)]
    [InlineData("county", HttpStatusCode.OK)]
    [InlineData("secretary.a", HttpStatusCode.OK)]
    [InlineData("secretary.b", HttpStatusCode.NotFound)]
    [InlineData("presidium.a", HttpStatusCode.OK)]
    [InlineData("deputy.a", HttpStatusCode.OK)]
    [InlineData("deputy2.a", HttpStatusCode.NotFound)]
    [InlineData("unit.a", HttpStatusCode.NotFound)]
    [InlineData(Anonymous, HttpStatusCode.Unauthorized)]
    public async Task Get(string user, HttpStatusCode expected)
    {
        var contact = await Flow.LogContactAsync();

        var response = await (await ClientAsync(user)).GetAsync($"{Url}/{contact.Id}");

        await response.ShouldBe(expected);
    }

    [Theory]
    [InlineData("admin", HttpStatusCode.Forbidden)]
    [InlineData("county", HttpStatusCode.Forbidden)]
    [InlineData("secretary.a", HttpStatusCode.Created)]
    [InlineData("secretary.b", HttpStatusCode.UnprocessableEntity)] // deputy.a is not a deputy of township B
    [InlineData("presidium.a", HttpStatusCode.Forbidden)]
    [InlineData("deputy.a", HttpStatusCode.Created)]
    [InlineData("deputy2.a", HttpStatusCode.Forbidden)] // a deputy logs only their own
    [InlineData("unit.a", HttpStatusCode.Forbidden)]
    [InlineData(Anonymous, HttpStatusCode.Unauthorized)]
    public async Task Log(string user, HttpStatusCode expected)
    {
        var response = await (await ClientAsync(user)).PostAsJsonAsync(Url, Flow.Contact(deputyId: World.A.Deputy.Id));

        await response.ShouldBe(expected);
    }

    [Theory]
    [InlineData("admin", HttpStatusCode.Forbidden)]
    [InlineData("county", HttpStatusCode.Forbidden)]
    [InlineData("secretary.a", HttpStatusCode.OK)]
    [InlineData("secretary.b", HttpStatusCode.NotFound)]
    [InlineData("presidium.a", HttpStatusCode.Forbidden)]
    [InlineData("deputy.a", HttpStatusCode.OK)]
    [InlineData("deputy2.a", HttpStatusCode.NotFound)]
    [InlineData("unit.a", HttpStatusCode.Forbidden)]
    [InlineData(Anonymous, HttpStatusCode.Unauthorized)]
    public async Task Revise(string user, HttpStatusCode expected)
    {
        var contact = await Flow.LogContactAsync();
        var body = new { contactedOn = "2026-06-11", channel = "Phone", otherPerson = "村民李某", summary = "电话回访。", concerns = new[] { "问题" } };

        var response = await (await ClientAsync(user)).SendJsonAsync(HttpMethod.Put, $"{Url}/{contact.Id}", body, contact.ETag);

        await response.ShouldBe(expected);
        var summary = (await Flow.GetContactAsync(contact.Id)).Json.GetProperty("summary").GetString();
        Assert.Equal(expected == HttpStatusCode.OK, summary == "电话回访。");
    }

    [Theory]
    [InlineData("admin", HttpStatusCode.Forbidden)]
    [InlineData("county", HttpStatusCode.Forbidden)]
    [InlineData("secretary.a", HttpStatusCode.NoContent)]
    [InlineData("secretary.b", HttpStatusCode.NotFound)]
    [InlineData("presidium.a", HttpStatusCode.Forbidden)]
    [InlineData("deputy.a", HttpStatusCode.NoContent)]
    [InlineData("deputy2.a", HttpStatusCode.NotFound)]
    [InlineData("unit.a", HttpStatusCode.Forbidden)]
    [InlineData(Anonymous, HttpStatusCode.Unauthorized)]
    public async Task Remove(string user, HttpStatusCode expected)
    {
        var contact = await Flow.LogContactAsync();

        var response = await (await ClientAsync(user)).SendJsonAsync(HttpMethod.Delete, $"{Url}/{contact.Id}", null, contact.ETag);

        await response.ShouldBe(expected);
        var after = await (await As("secretary.a")).GetAsync($"{Url}/{contact.Id}");
        await after.ShouldBe(expected == HttpStatusCode.NoContent ? HttpStatusCode.NotFound : HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("admin", HttpStatusCode.OK, 1)]
    [InlineData("county", HttpStatusCode.OK, 1)]
    [InlineData("secretary.a", HttpStatusCode.OK, 1)]
    [InlineData("secretary.b", HttpStatusCode.OK, 0)]
    [InlineData("presidium.a", HttpStatusCode.OK, 1)]
    [InlineData("deputy.a", HttpStatusCode.OK, 1)]
    [InlineData("deputy2.a", HttpStatusCode.OK, 0)]
    [InlineData("unit.a", HttpStatusCode.Forbidden, 0)]
    [InlineData(Anonymous, HttpStatusCode.Unauthorized, 0)]
    public async Task Ledger(string user, HttpStatusCode expected, int rows)
    {
        await Flow.LogContactAsync();

        var response = await (await ClientAsync(user)).GetAsync($"{Url}/ledger.xlsx");

        await response.ShouldBe(expected);
        if (expected == HttpStatusCode.OK)
        {
            using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
            Assert.Equal(rows, MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: true, excelType: MiniExcelLibs.ExcelType.XLSX).Count());
        }
    }

    [Theory]
    [InlineData("admin", HttpStatusCode.Forbidden)]
    [InlineData("county", HttpStatusCode.Forbidden)]
    [InlineData("secretary.a", HttpStatusCode.Created)]
    [InlineData("secretary.b", HttpStatusCode.NotFound)]
    [InlineData("presidium.a", HttpStatusCode.Forbidden)]
    [InlineData("deputy.a", HttpStatusCode.Created)]
    [InlineData("deputy2.a", HttpStatusCode.NotFound)]
    [InlineData("unit.a", HttpStatusCode.Forbidden)]
    [InlineData(Anonymous, HttpStatusCode.Unauthorized)]
    public async Task ConcernToProposal(string user, HttpStatusCode expected)
    {
        var contact = await Flow.LogContactAsync();

        var response = await (await ClientAsync(user)).PostAsJsonAsync(
            $"{Url}/{contact.Id}/concerns/{contact.ConcernId(ProposalFlow.RoadConcern)}/proposal",
            new { title = "关于修缮茶亭村三组机耕道的建议", category = "农业农村" });

        await response.ShouldBe(expected);
    }

    [Theory]
    [InlineData("admin", HttpStatusCode.Forbidden, 0)]
    [InlineData("county", HttpStatusCode.Forbidden, 0)]
    [InlineData("secretary.a", HttpStatusCode.Forbidden, 0)]
    [InlineData("secretary.b", HttpStatusCode.Forbidden, 0)]
    [InlineData("presidium.a", HttpStatusCode.Forbidden, 0)]
    [InlineData("deputy.a", HttpStatusCode.OK, 1)]
    [InlineData("deputy2.a", HttpStatusCode.OK, 0)]
    [InlineData("unit.a", HttpStatusCode.Forbidden, 0)]
    [InlineData(Anonymous, HttpStatusCode.Unauthorized, 0)]
    public async Task MyContacts(string user, HttpStatusCode expected, int count)
    {
        var contact = await Flow.LogContactAsync();

        var response = await (await ClientAsync(user)).GetAsync("/api/v1/me/constituent-contacts?channel=Visit&from=2026-06-01");

        await response.ShouldBe(expected);
        if (expected == HttpStatusCode.OK)
        {
            var items = (await response.JsonAsync()).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToList();
            Assert.Equal(count, items.Count);
            Assert.All(items, id => Assert.Equal(contact.Id, id));
        }
    }

    private async Task<HttpClient> ClientAsync(string user) => user == Anonymous ? Portal.CreateClient() : await As(user);
}
