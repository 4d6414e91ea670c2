using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DeputyPortal.Api.FunctionalTests.Support;

namespace DeputyPortal.Api.FunctionalTests.Meetings;

/// <summary>
/// Recording when a congress session opened and closed (issue 6, item 4; R2 and R6 are decided from these dates),
/// beyond Reference/SessionsTests: a session recorded in two steps, its dates in the list, and who may read and write
/// a session of township A.
/// </summary>
public sealed class SessionDatesTests(PortalFactory portal) : PortalTest(portal)
{
    private const string SessionsUrl = "/api/v1/sessions";

    public static TheoryData<string, HttpStatusCode> Readers => new()
    {
        { "secretary.a", HttpStatusCode.OK },
        { "presidium.a", HttpStatusCode.OK },
        { "deputy.a", HttpStatusCode.OK },
        { "unit.a", HttpStatusCode.OK },
        { "county", HttpStatusCode.OK },
        { "admin", HttpStatusCode.OK },
        { "secretary.b", HttpStatusCode.NotFound },
        { "presidium.b", HttpStatusCode.NotFound },
        { "deputy.b", HttpStatusCode.NotFound },
        { "unit.b", HttpStatusCode.NotFound },
    };

    public static TheoryData<string, HttpStatusCode> Writers => new()
    {
        { "secretary.a", HttpStatusCode.OK },
        { "secretary.b", HttpStatusCode.NotFound },
        { "presidium.a", HttpStatusCode.Forbidden },
        { "presidium.b", HttpStatusCode.Forbidden },
        { "deputy.a", HttpStatusCode.Forbidden },
        { "unit.a", HttpStatusCode.Forbidden },
        { "county", HttpStatusCode.Forbidden },
        { "admin", HttpStatusCode.Forbidden },
    };

    private async Task<(HttpClient Secretary, string Url)> PlanSecondSessionAsync()
    {
        var secretary = await As("secretary.a");
        var planned = await secretary.PostAsJsonAsync(SessionsUrl, new { termId = World.A.Term.Id, number = 2 });
        await planned.ShouldBe(HttpStatusCode.Created);
        return (secretary, planned.Headers.Location!.ToString());
    }

    [Fact]
    public async Task RecordDates_OpenedFirstAndClosedLater_KeepsBothAndShowsThemInTheList()
    {
        var (secretary, url) = await PlanSecondSessionAsync();

        var opened = await secretary.SendJsonAsync(HttpMethod.Put, url, new { openedOn = "2026-03-20", closedOn = (string?)null }, (await secretary.GetAsync(url)).ETag());
        await opened.ShouldBe(HttpStatusCode.OK);
        var openJson = await opened.JsonAsync();
        Assert.Equal("2026-03-20", openJson.GetProperty("openedOn").GetString());
        Assert.Equal(JsonValueKind.Null, openJson.GetProperty("closedOn").ValueKind);

        var closed = await secretary.SendJsonAsync(HttpMethod.Put, url, new { openedOn = "2026-03-20", closedOn = "2026-03-21" }, opened.ETag());

        await closed.ShouldBe(HttpStatusCode.OK);
        Assert.NotEqual(opened.ETag(), closed.ETag());
        var fetched = await (await secretary.GetAsync(url)).JsonAsync();
        Assert.Equal("2026-03-20", fetched.GetProperty("openedOn").GetString());
        Assert.Equal("2026-03-21", fetched.GetProperty("closedOn").GetString());
        var list = await (await secretary.GetAsync($"{SessionsUrl}?termId={World.A.Term.Id}&sort=-number")).JsonAsync();
        var first = list.GetProperty("items").EnumerateArray().First();
        Assert.Equal("第二次会议", first.GetProperty("name").GetString());
        Assert.Equal("2026-03-21", first.GetProperty("closedOn").GetString());
    }

    [Fact]
    public async Task RecordDates_WithTheETagOfTheFirstStep_IsPreconditionFailedAndKeepsTheDates()
    {
        var (secretary, url) = await PlanSecondSessionAsync();
        var planned = (await secretary.GetAsync(url)).ETag();
        await (await secretary.SendJsonAsync(HttpMethod.Put, url, new { openedOn = "2026-03-20", closedOn = "2026-03-21" }, planned)).ShouldBe(HttpStatusCode.OK);

        var stale = await secretary.SendJsonAsync(HttpMethod.Put, url, new { openedOn = "2026-03-25", closedOn = "2026-03-26" }, planned);

        await stale.ShouldBe(HttpStatusCode.PreconditionFailed);
        Assert.Equal("2026-03-20", (await (await secretary.GetAsync(url)).JsonAsync()).GetProperty("openedOn").GetString());
    }

    [Fact]
    public async Task RecordDates_ConcurrentWritersWithSameETag_OneWinsOtherIsPreconditionFailed()
    {
        var (secretary, url) = await PlanSecondSessionAsync();
        var etag = (await secretary.GetAsync(url)).ETag();

        var responses = await Task.WhenAll(
            secretary.SendJsonAsync(HttpMethod.Put, url, new { openedOn = "2026-03-20", closedOn = "2026-03-21" }, etag),
            secretary.SendJsonAsync(HttpMethod.Put, url, new { openedOn = "2026-03-22", closedOn = "2026-03-23" }, etag));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.PreconditionFailed], responses.Select(r => r.StatusCode).Order().ToArray());
    }

    [Theory]
    [MemberData(nameof(Writers))]
    public async Task RecordDates_OnTownshipASession_ByRole(string userName, HttpStatusCode expected)
    {
        var url = $"{SessionsUrl}/{World.A.Session.Id}";
        var etag = (await (await As("secretary.a")).GetAsync(url)).ETag();

        var response = await (await As(userName)).SendJsonAsync(HttpMethod.Put, url, new { openedOn = "2021-09-01", closedOn = "2021-09-03" }, etag);

        await response.ShouldBe(expected);
        var closedOn = (await (await (await As("county")).GetAsync(url)).JsonAsync()).GetProperty("closedOn").GetString();
        Assert.Equal(expected == HttpStatusCode.OK ? "2021-09-03" : "2021-09-02", closedOn);
    }

    [Theory]
    [MemberData(nameof(Writers))]
    public async Task Plan_InTownshipATerm_ByRole(string userName, HttpStatusCode expected)
    {
        var response = await (await As(userName)).PostAsJsonAsync(SessionsUrl, new { termId = World.A.Term.Id, number = 2 });

        await response.ShouldBe(expected == HttpStatusCode.OK ? HttpStatusCode.Created : expected);
        var sessions = await (await (await As("county")).GetAsync($"{SessionsUrl}?termId={World.A.Term.Id}")).JsonAsync();
        Assert.Equal(expected == HttpStatusCode.OK ? 2 : 1, sessions.GetProperty("totalCount").GetInt32());
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public async Task Get_TownshipASession_ByRole(string userName, HttpStatusCode expected)
    {
        var response = await (await As(userName)).GetAsync($"{SessionsUrl}/{World.A.Session.Id}");

        await response.ShouldBe(expected);
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public async Task List_TownshipASessions_ByRole(string userName, HttpStatusCode expected)
    {
        var response = await (await As(userName)).GetAsync($"{SessionsUrl}?townshipId={World.A.Township.Id}");

        await response.ShouldBe(HttpStatusCode.OK);
        Assert.Equal(expected == HttpStatusCode.OK ? 1 : 0, (await response.JsonAsync()).GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task EveryEndpoint_Anonymous_IsUnauthorized()
    {
        var url = $"{SessionsUrl}/{World.A.Session.Id}";
        var etag = (await (await As("secretary.a")).GetAsync(url)).ETag();
        using var anonymous = Portal.CreateClient();

        await (await anonymous.GetAsync(SessionsUrl)).ShouldBe(HttpStatusCode.Unauthorized);
        await (await anonymous.GetAsync(url)).ShouldBe(HttpStatusCode.Unauthorized);
        await (await anonymous.PostAsJsonAsync(SessionsUrl, new { termId = World.A.Term.Id, number = 2 })).ShouldBe(HttpStatusCode.Unauthorized);
        await (await anonymous.SendJsonAsync(HttpMethod.Put, url, new { openedOn = "2021-09-01", closedOn = "2021-09-03" }, etag)).ShouldBe(HttpStatusCode.Unauthorized);
        Assert.Equal(etag, (await (await As("secretary.a")).GetAsync(url)).ETag());
    }
}
