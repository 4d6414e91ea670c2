using System.Net;
using System.Net.Http.Json;
using DeputyPortal.Api.FunctionalTests.Support;

namespace DeputyPortal.Api.FunctionalTests.Reference;

public sealed class SessionsTests(PortalFactory portal) : PortalTest(portal)
{
    private static object Dates(string? openedOn, string? closedOn) => new { openedOn, closedOn };

    [Fact]
    public async Task List_AsSecretary_ShowsOwnSessionsWithTheirNames()
    {
        var client = await As("secretary.a");

        var own = await (await client.GetAsync($"/api/v1/sessions?termId={World.A.Term.Id}")).JsonAsync();
        var othersTerm = await (await client.GetAsync($"/api/v1/sessions?termId={World.B.Term.Id}")).JsonAsync();

        var session = Assert.Single(own.GetProperty("items").EnumerateArray());
        Assert.Equal(World.A.Session.Id, session.GetProperty("id").GetGuid());
        Assert.Equal("第一次会议", session.GetProperty("name").GetString());
        Assert.Equal("2021-09-02", session.GetProperty("closedOn").GetString());
        Assert.Equal(0, othersTerm.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task List_AsCountyStaff_FiltersByTownshipAndPagesByNumber()
    {
        var secretary = await As("secretary.b");
        await (await secretary.PostAsJsonAsync("/api/v1/sessions", new { termId = World.B.Term.Id, number = 2 })).ShouldBe(HttpStatusCode.Created);
        var client = await As("county");

        var all = await (await client.GetAsync("/api/v1/sessions")).JsonAsync();
        var page = await (await client.GetAsync($"/api/v1/sessions?townshipId={World.B.Township.Id}&sort=-number&pageSize=1")).JsonAsync();

        Assert.Equal(3, all.GetProperty("totalCount").GetInt32());
        Assert.Equal(2, page.GetProperty("totalCount").GetInt32());
        Assert.Equal("第二次会议", Assert.Single(page.GetProperty("items").EnumerateArray()).GetProperty("name").GetString());
    }

    [Fact]
    public async Task Get_AnotherTownshipsSession_IsNotFound()
    {
        var client = await As("secretary.a");

        var response = await client.GetAsync($"/api/v1/sessions/{World.B.Session.Id}");

        await response.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Plan_AsSecretary_CreatesTheNextSessionWithoutDates()
    {
        var client = await As("secretary.a");

        var response = await client.PostAsJsonAsync("/api/v1/sessions", new { termId = World.A.Term.Id, number = 2 });

        await response.ShouldBe(HttpStatusCode.Created);
        var fetched = await client.GetAsync(response.Headers.Location);
        var session = await fetched.JsonAsync();
        Assert.Equal("第二次会议", session.GetProperty("name").GetString());
        Assert.Equal(World.A.Township.Id, session.GetProperty("townshipId").GetGuid());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, session.GetProperty("openedOn").ValueKind);
        Assert.Equal(response.ETag(), fetched.ETag());
    }

    [Fact]
    public async Task Plan_InAnotherTownshipsTerm_IsNotFoundAndWritesNothing()
    {
        var client = await As("secretary.a");

        var response = await client.PostAsJsonAsync("/api/v1/sessions", new { termId = World.B.Term.Id, number = 2 });

        await response.ShouldBe(HttpStatusCode.NotFound);
        var county = await As("county");
        Assert.Equal(2, (await (await county.GetAsync("/api/v1/sessions")).JsonAsync()).GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Writes_ByEveryRoleButSecretary_AreForbidden()
    {
        var url = $"/api/v1/sessions/{World.A.Session.Id}";
        var etag = (await (await As("secretary.a")).GetAsync(url)).ETag();

        foreach (var userName in RoleMatrix.AllButSecretary)
        {
            var client = await As(userName);

            await (await client.PostAsJsonAsync("/api/v1/sessions", new { termId = World.A.Term.Id, number = 2 })).ShouldBeForbiddenFor(userName, "plan");
            await (await client.SendJsonAsync(HttpMethod.Put, url, Dates("2021-09-01", "2021-09-03"), etag)).ShouldBeForbiddenFor(userName, "record dates");
        }
    }

    [Fact]
    public async Task Plan_WithNumberTakenInTheTerm_IsConflict()
    {
        var client = await As("secretary.a");

        var response = await client.PostAsJsonAsync("/api/v1/sessions", new { termId = World.A.Term.Id, number = 1 });

        await response.ShouldBe(HttpStatusCode.Conflict);
    }

    [Theory]
    [InlineData(0, "number:SessionNumberIsPositive")]
    [InlineData(100, "number:Range")]
    public async Task Plan_WithNumberOutOfRange_NamesTheFieldAndRule(int number, string fieldRule)
    {
        var client = await As("secretary.a");

        var response = await client.PostAsJsonAsync("/api/v1/sessions", new { termId = World.A.Term.Id, number });

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Equal([fieldRule], await response.FieldRulesAsync());
    }

    [Fact]
    public async Task Plan_RetriedWithSameIdempotencyKey_CreatesOnce()
    {
        var client = await As("secretary.a");
        var body = new { termId = World.A.Term.Id, number = 2 };

        var first = await client.SendJsonAsync(HttpMethod.Post, "/api/v1/sessions", body, idempotencyKey: "session-1");
        var retry = await client.SendJsonAsync(HttpMethod.Post, "/api/v1/sessions", body, idempotencyKey: "session-1");

        await first.ShouldBe(HttpStatusCode.Created);
        await retry.ShouldBe(HttpStatusCode.Created);
        Assert.Equal("true", retry.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal((await first.JsonAsync()).GetProperty("id").GetGuid(), (await retry.JsonAsync()).GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task RecordDates_RequiresCurrentETag()
    {
        var client = await As("secretary.a");
        var url = $"/api/v1/sessions/{World.A.Session.Id}";
        var etag = (await client.GetAsync(url)).ETag();

        var withoutIfMatch = await client.SendJsonAsync(HttpMethod.Put, url, Dates("2021-09-01", "2021-09-03"));
        var current = await client.SendJsonAsync(HttpMethod.Put, url, Dates("2021-09-01", "2021-09-03"), etag);
        var stale = await client.SendJsonAsync(HttpMethod.Put, url, Dates("2021-09-01", "2021-09-04"), etag);

        await withoutIfMatch.ShouldBe(HttpStatusCode.PreconditionRequired);
        await current.ShouldBe(HttpStatusCode.OK);
        Assert.NotEqual(etag, current.ETag());
        await stale.ShouldBe(HttpStatusCode.PreconditionFailed);
        Assert.Equal("2021-09-03", (await (await client.GetAsync(url)).JsonAsync()).GetProperty("closedOn").GetString());
    }

    [Theory]
    [InlineData("2022-03-02", "2022-03-01", "closedOn:SessionOpensBeforeItCloses")]
    [InlineData(null, "2022-03-01", "closedOn:SessionOpensBeforeItCloses")]
    [InlineData("2021-08-31", null, "openedOn:SessionWithinTerm")]
    [InlineData("2026-12-31", "2027-01-01", "closedOn:SessionWithinTerm")]
    public async Task RecordDates_OutOfOrderOrOutsideTheTerm_NamesTheFieldAndRule(string? openedOn, string? closedOn, string fieldRule)
    {
        var client = await As("secretary.a");
        var url = $"/api/v1/sessions/{World.A.Session.Id}";
        var etag = (await client.GetAsync(url)).ETag();

        var response = await client.SendJsonAsync(HttpMethod.Put, url, Dates(openedOn, closedOn), etag);

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Equal([fieldRule], await response.FieldRulesAsync());
    }

    [Fact]
    public async Task RecordDates_AnotherTownshipsSession_IsNotFound()
    {
        var client = await As("secretary.a");

        var response = await client.SendJsonAsync(HttpMethod.Put, $"/api/v1/sessions/{World.B.Session.Id}", Dates("2021-09-01", null), "\"1\"");

        await response.ShouldBe(HttpStatusCode.NotFound);
    }
}
