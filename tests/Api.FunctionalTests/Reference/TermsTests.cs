using System.Net;
using System.Net.Http.Json;
using DeputyPortal.Api.FunctionalTests.Support;

namespace DeputyPortal.Api.FunctionalTests.Reference;

public sealed class TermsTests(PortalFactory portal) : PortalTest(portal)
{
    private static object NewTerm(Guid townshipId, int number = 19, string startsOn = "2027-01-01", string endsOn = "2031-12-31", string? electedOn = "2026-12-20") =>
        new { townshipId, number, startsOn, endsOn, electedOn };

    private static object Dates(string startsOn, string endsOn, string? electedOn = null) => new { startsOn, endsOn, electedOn };

    [Fact]
    public async Task List_AsSecretary_ShowsOwnTownshipsTermsWithTheirNames()
    {
        var client = await As("secretary.a");

        var page = await (await client.GetAsync("/api/v1/terms")).JsonAsync();

        var term = Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.Equal(World.A.Term.Id, term.GetProperty("id").GetGuid());
        Assert.Equal("第十八届", term.GetProperty("name").GetString());
        Assert.Equal("2021-09-01", term.GetProperty("startsOn").GetString());
    }

    [Fact]
    public async Task List_AsCountyStaff_FiltersByTownship()
    {
        var client = await As("county");

        var all = await (await client.GetAsync("/api/v1/terms")).JsonAsync();
        var ofB = await (await client.GetAsync($"/api/v1/terms?townshipId={World.B.Township.Id}")).JsonAsync();

        Assert.Equal(2, all.GetProperty("totalCount").GetInt32());
        Assert.Equal(World.B.Term.Id, Assert.Single(ofB.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task List_SortedByStartDateDescending_Pages()
    {
        var client = await As("secretary.a");
        await (await client.PostAsJsonAsync("/api/v1/terms", NewTerm(World.A.Township.Id))).ShouldBe(HttpStatusCode.Created);

        var first = await (await client.GetAsync("/api/v1/terms?sort=-startsOn&pageSize=1")).JsonAsync();
        var second = await (await client.GetAsync("/api/v1/terms?sort=-startsOn&pageSize=1&page=2")).JsonAsync();

        Assert.Equal(2, first.GetProperty("totalCount").GetInt32());
        Assert.Equal("第十九届", Assert.Single(first.GetProperty("items").EnumerateArray()).GetProperty("name").GetString());
        Assert.Equal("第十八届", Assert.Single(second.GetProperty("items").EnumerateArray()).GetProperty("name").GetString());
    }

    [Fact]
    public async Task Get_AnotherTownshipsTerm_IsNotFound()
    {
        var client = await As("secretary.a");

        var response = await client.GetAsync($"/api/v1/terms/{World.B.Term.Id}");

        await response.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Create_AsSecretary_CreatesNamedTermInOwnTownship()
    {
        var client = await As("secretary.a");

        var response = await client.PostAsJsonAsync("/api/v1/terms", NewTerm(World.A.Township.Id));

        await response.ShouldBe(HttpStatusCode.Created);
        var fetched = await client.GetAsync(response.Headers.Location);
        var term = await fetched.JsonAsync();
        Assert.Equal("第十九届", term.GetProperty("name").GetString());
        Assert.Equal(World.A.Township.Id, term.GetProperty("townshipId").GetGuid());
        Assert.Equal("2031-12-31", term.GetProperty("endsOn").GetString());
        Assert.Equal(response.ETag(), fetched.ETag());
    }

    [Fact]
    public async Task Create_InAnotherTownship_IsNotFoundAndWritesNothing()
    {
        var client = await As("secretary.a");

        var response = await client.PostAsJsonAsync("/api/v1/terms", NewTerm(World.B.Township.Id));

        await response.ShouldBe(HttpStatusCode.NotFound);
        var county = await As("county");
        Assert.Equal(2, (await (await county.GetAsync("/api/v1/terms")).JsonAsync()).GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Writes_ByEveryRoleButSecretary_AreForbidden()
    {
        var url = $"/api/v1/terms/{World.A.Term.Id}";
        var etag = (await (await As("secretary.a")).GetAsync(url)).ETag();

        foreach (var userName in RoleMatrix.AllButSecretary)
        {
            var client = await As(userName);

            await (await client.PostAsJsonAsync("/api/v1/terms", NewTerm(World.A.Township.Id))).ShouldBeForbiddenFor(userName, "create");
            await (await client.SendJsonAsync(HttpMethod.Put, url, Dates("2021-09-01", "2026-12-30"), etag)).ShouldBeForbiddenFor(userName, "reschedule");
        }
    }

    [Theory]
    [InlineData("2027-01-01", "2026-12-31", null, "endsOn:TermEndsAfterItStarts")]
    [InlineData("2027-01-01", "2027-01-01", null, "endsOn:TermEndsAfterItStarts")]
    [InlineData("2027-01-01", "2031-12-31", "2027-03-01", "electedOn:TermElectionPrecedesTerm")]
    public async Task Create_WithDatesOutOfOrder_IsRefusedNamingTheFieldAndRule(string startsOn, string endsOn, string? electedOn, string fieldRule)
    {
        var client = await As("secretary.a");

        var response = await client.PostAsJsonAsync("/api/v1/terms", NewTerm(World.A.Township.Id, startsOn: startsOn, endsOn: endsOn, electedOn: electedOn));

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Equal([fieldRule], await response.FieldRulesAsync());
    }

    [Fact]
    public async Task Create_WithoutDatesAndWithNumberOutOfRange_NamesEachFieldAndRule()
    {
        var client = await As("secretary.a");

        var withoutDates = await client.PostAsJsonAsync("/api/v1/terms", new { townshipId = World.A.Township.Id, number = 0 });
        var outOfRange = await client.PostAsJsonAsync(
            "/api/v1/terms", new { townshipId = World.A.Township.Id, number = 0, startsOn = "2021-09-01", endsOn = "2026-08-31" });

        await withoutDates.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var rules = await withoutDates.FieldRulesAsync();
        Assert.Contains("startsOn:Required", rules);
        Assert.Contains("endsOn:Required", rules);
        await outOfRange.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("number:Range", await outOfRange.FieldRulesAsync());
    }

    [Fact]
    public async Task Create_WithNumberTakenInTheTownship_IsConflict()
    {
        var client = await As("secretary.a");

        var response = await client.PostAsJsonAsync("/api/v1/terms", NewTerm(World.A.Township.Id, number: 18));

        await response.ShouldBe(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Create_RetriedWithSameIdempotencyKey_CreatesOnce()
    {
        var client = await As("secretary.a");

        var first = await client.SendJsonAsync(HttpMethod.Post, "/api/v1/terms", NewTerm(World.A.Township.Id), idempotencyKey: "term-1");
        var retry = await client.SendJsonAsync(HttpMethod.Post, "/api/v1/terms", NewTerm(World.A.Township.Id), idempotencyKey: "term-1");

        await first.ShouldBe(HttpStatusCode.Created);
        await retry.ShouldBe(HttpStatusCode.Created);
        Assert.Equal((await first.JsonAsync()).GetProperty("id").GetGuid(), (await retry.JsonAsync()).GetProperty("id").GetGuid());
        Assert.Equal(2, (await (await client.GetAsync("/api/v1/terms")).JsonAsync()).GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Reschedule_RequiresCurrentETag()
    {
        var client = await As("secretary.a");
        var url = $"/api/v1/terms/{World.A.Term.Id}";
        var etag = (await client.GetAsync(url)).ETag();

        var withoutIfMatch = await client.SendJsonAsync(HttpMethod.Put, url, Dates("2021-09-01", "2026-12-30"));
        var current = await client.SendJsonAsync(HttpMethod.Put, url, Dates("2021-09-01", "2026-12-30", "2021-08-21"), etag);
        var stale = await client.SendJsonAsync(HttpMethod.Put, url, Dates("2021-09-01", "2026-12-29"), etag);

        await withoutIfMatch.ShouldBe(HttpStatusCode.PreconditionRequired);
        await current.ShouldBe(HttpStatusCode.OK);
        await stale.ShouldBe(HttpStatusCode.PreconditionFailed);
        var term = await (await client.GetAsync(url)).JsonAsync();
        Assert.Equal("2026-12-30", term.GetProperty("endsOn").GetString());
        Assert.Equal("2021-08-21", term.GetProperty("electedOn").GetString());
        Assert.Equal(18, term.GetProperty("number").GetInt32());
    }

    [Fact]
    public async Task Reschedule_LeavingARecordedSessionOutside_IsConflictNamingTheRule()
    {
        var client = await As("secretary.a");
        var url = $"/api/v1/terms/{World.A.Term.Id}";
        var etag = (await client.GetAsync(url)).ETag();

        var response = await client.SendJsonAsync(HttpMethod.Put, url, Dates("2021-10-01", "2026-12-31"), etag);

        await response.ShouldBe(HttpStatusCode.Conflict);
        Assert.Equal("TermCoversItsSessions", (await response.JsonAsync()).GetProperty("rule").GetString());
    }

    [Fact]
    public async Task Reschedule_AnotherTownshipsTerm_IsNotFound()
    {
        var client = await As("secretary.a");

        var response = await client.SendJsonAsync(HttpMethod.Put, $"/api/v1/terms/{World.B.Term.Id}", Dates("2021-09-01", "2026-12-30"), "\"1\"");

        await response.ShouldBe(HttpStatusCode.NotFound);
    }
}
