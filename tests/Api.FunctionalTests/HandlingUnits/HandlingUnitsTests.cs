using System.Net;
using System.Net.Http.Json;
using DeputyPortal.Api.FunctionalTests.Support;

namespace DeputyPortal.Api.FunctionalTests.HandlingUnits;

public sealed class HandlingUnitsTests(PortalFactory portal) : PortalTest(portal)
{
    private object NewUnit(Guid townshipId, string name = "茶亭镇社会事务办") =>
        new { townshipId, name, kind = "TownshipOffice", headName = "张主任" };

    [Fact]
    public async Task List_AsSecretary_ShowsOnlyOwnTownship()
    {
        var client = await As("secretary.a");

        var page = await (await client.GetAsync("/api/v1/handling-units")).JsonAsync();

        Assert.Equal(2, page.GetProperty("totalCount").GetInt32());
        Assert.All(page.GetProperty("items").EnumerateArray(), u => Assert.Equal(World.A.Township.Id, u.GetProperty("townshipId").GetGuid()));
    }

    [Fact]
    public async Task List_AsCountyStaff_ShowsEveryTownship()
    {
        var client = await As("county");

        var page = await (await client.GetAsync("/api/v1/handling-units")).JsonAsync();

        Assert.Equal(4, page.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task List_PagesAndSorts()
    {
        var client = await As("county");

        var page = await (await client.GetAsync("/api/v1/handling-units?page=2&pageSize=3&sort=-name")).JsonAsync();

        Assert.Equal(2, page.GetProperty("page").GetInt32());
        Assert.Equal(3, page.GetProperty("pageSize").GetInt32());
        Assert.Equal(4, page.GetProperty("totalCount").GetInt32());
        var last = Assert.Single(page.GetProperty("items").EnumerateArray());
        var alphabeticallyFirst = new[] { World.A, World.B }.SelectMany(t => t.Units).Select(u => u.Name).Order(StringComparer.Ordinal).First();
        Assert.Equal(alphabeticallyFirst, last.GetProperty("name").GetString());
    }

    [Theory]
    [InlineData("pageSize=201", "pageSize")]
    [InlineData("page=0", "page")]
    [InlineData("sort=headName", "sort")]
    public async Task List_WithBadPaging_IsRefusedNamingTheField(string queryString, string field)
    {
        var client = await As("county");

        var response = await client.GetAsync($"/api/v1/handling-units?{queryString}");

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Contains(await response.FieldRulesAsync(), r => r.StartsWith(field + ":", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Get_AnotherTownshipsUnit_IsNotFound()
    {
        var client = await As("secretary.a");

        var response = await client.GetAsync($"/api/v1/handling-units/{World.B.Units[0].Id}");

        await response.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Get_CarriesETag()
    {
        var client = await As("county");

        var response = await client.GetAsync($"/api/v1/handling-units/{World.B.Units[0].Id}");

        await response.ShouldBe(HttpStatusCode.OK);
        Assert.Matches("^\"\\d+\"$", response.ETag());
    }

    [Fact]
    public async Task Register_AsSecretary_CreatesInOwnTownship()
    {
        var client = await As("secretary.a");

        var response = await client.PostAsJsonAsync("/api/v1/handling-units", NewUnit(World.A.Township.Id));

        await response.ShouldBe(HttpStatusCode.Created);
        var created = await response.JsonAsync();
        Assert.Equal($"/api/v1/handling-units/{created.GetProperty("id").GetGuid()}", response.Headers.Location?.ToString());
        var fetched = await client.GetAsync(response.Headers.Location);
        Assert.Equal("茶亭镇社会事务办", (await fetched.JsonAsync()).GetProperty("name").GetString());
        Assert.Equal(response.ETag(), fetched.ETag());
    }

    [Fact]
    public async Task Register_InAnotherTownship_IsNotFoundAndWritesNothing()
    {
        var client = await As("secretary.a");

        var response = await client.PostAsJsonAsync("/api/v1/handling-units", NewUnit(World.B.Township.Id));

        await response.ShouldBe(HttpStatusCode.NotFound);
        var county = await As("county");
        Assert.Equal(4, (await (await county.GetAsync("/api/v1/handling-units")).JsonAsync()).GetProperty("totalCount").GetInt32());
    }

    [Theory]
    [InlineData("county")]
    [InlineData("presidium.a")]
    [InlineData("deputy.a")]
    [InlineData("unit.a")]
    [InlineData("admin")]
    public async Task Register_ByRoleOtherThanSecretary_IsForbidden(string userName)
    {
        var client = await As(userName);

        var response = await client.PostAsJsonAsync("/api/v1/handling-units", NewUnit(World.A.Township.Id));

        await response.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Register_WithEmptyAndOverlongFields_NamesEachFieldAndRule()
    {
        var client = await As("secretary.a");

        var response = await client.PostAsJsonAsync(
            "/api/v1/handling-units", new { townshipId = World.A.Township.Id, name = "", kind = "TownshipOffice", headName = new string('长', 21) });

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var rules = await response.FieldRulesAsync();
        Assert.Contains("name:Required", rules);
        Assert.Contains("headName:MaxLength", rules);
    }

    [Fact]
    public async Task Register_WithDuplicateName_IsConflict()
    {
        var client = await As("secretary.a");

        var response = await client.PostAsJsonAsync("/api/v1/handling-units", NewUnit(World.A.Township.Id, World.A.Units[0].Name));

        await response.ShouldBe(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Register_WithMalformedJson_IsBadRequest()
    {
        var client = await As("secretary.a");

        var response = await client.PostAsync("/api/v1/handling-units", new StringContent("{\"name\": ", System.Text.Encoding.UTF8, "application/json"));

        await response.ShouldBe(HttpStatusCode.BadRequest);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Register_RetriedWithSameIdempotencyKey_CreatesOnce()
    {
        var client = await As("secretary.a");
        var body = NewUnit(World.A.Township.Id);

        var first = await client.SendJsonAsync(HttpMethod.Post, "/api/v1/handling-units", body, idempotencyKey: "unit-create-1");
        var retry = await client.SendJsonAsync(HttpMethod.Post, "/api/v1/handling-units", body, idempotencyKey: "unit-create-1");

        await first.ShouldBe(HttpStatusCode.Created);
        await retry.ShouldBe(HttpStatusCode.Created);
        Assert.Equal((await first.JsonAsync()).GetProperty("id").GetGuid(), (await retry.JsonAsync()).GetProperty("id").GetGuid());
        Assert.Equal(first.Headers.Location, retry.Headers.Location);
        var list = await (await client.GetAsync("/api/v1/handling-units")).JsonAsync();
        Assert.Equal(3, list.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Register_ConcurrentRetriesWithSameKey_CreateOnce()
    {
        var client = await As("secretary.a");
        var body = NewUnit(World.A.Township.Id);

        var responses = await Task.WhenAll(Enumerable.Range(0, 5)
            .Select(_ => client.SendJsonAsync(HttpMethod.Post, "/api/v1/handling-units", body, idempotencyKey: "unit-create-race")));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var ids = await Task.WhenAll(responses.Select(async r => (await r.JsonAsync()).GetProperty("id").GetGuid()));
        Assert.Single(ids.Distinct());
    }

    [Fact]
    public async Task Register_SameKeyWithDifferentBody_IsRefused()
    {
        var client = await As("secretary.a");
        await client.SendJsonAsync(HttpMethod.Post, "/api/v1/handling-units", NewUnit(World.A.Township.Id), idempotencyKey: "unit-create-2");

        var reused = await client.SendJsonAsync(
            HttpMethod.Post, "/api/v1/handling-units", NewUnit(World.A.Township.Id, "另一个单位"), idempotencyKey: "unit-create-2");

        await reused.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("IdempotencyKeyMatchesRequest", (await reused.JsonAsync()).GetProperty("rule").GetString());
    }

    [Fact]
    public async Task Update_WithoutIfMatch_IsPreconditionRequired()
    {
        var client = await As("secretary.a");

        var response = await client.SendJsonAsync(HttpMethod.Put, $"/api/v1/handling-units/{World.A.Units[0].Id}", NewUnit(World.A.Township.Id, "新名称"));

        await response.ShouldBe(HttpStatusCode.PreconditionRequired);
    }

    [Fact]
    public async Task Update_WithCurrentETag_ChangesAndIssuesNewETag()
    {
        var client = await As("secretary.a");
        var url = $"/api/v1/handling-units/{World.A.Units[0].Id}";
        var etag = (await client.GetAsync(url)).ETag();

        var response = await client.SendJsonAsync(HttpMethod.Put, url, NewUnit(World.A.Township.Id, "茶亭镇农业农村工作办"), etag);

        await response.ShouldBe(HttpStatusCode.OK);
        Assert.NotEqual(etag, response.ETag());
        Assert.Equal("茶亭镇农业农村工作办", (await (await client.GetAsync(url)).JsonAsync()).GetProperty("name").GetString());
    }

    [Fact]
    public async Task Update_WithStaleETag_IsPreconditionFailedAndKeepsTheOtherChange()
    {
        var client = await As("secretary.a");
        var url = $"/api/v1/handling-units/{World.A.Units[0].Id}";
        var etag = (await client.GetAsync(url)).ETag();
        await client.SendJsonAsync(HttpMethod.Put, url, NewUnit(World.A.Township.Id, "第一次修改"), etag);

        var stale = await client.SendJsonAsync(HttpMethod.Put, url, NewUnit(World.A.Township.Id, "第二次修改"), etag);

        await stale.ShouldBe(HttpStatusCode.PreconditionFailed);
        Assert.Equal("第一次修改", (await (await client.GetAsync(url)).JsonAsync()).GetProperty("name").GetString());
    }

    [Fact]
    public async Task Update_ConcurrentWritersWithSameETag_OneWinsOtherIsPreconditionFailed()
    {
        var client = await As("secretary.a");
        var url = $"/api/v1/handling-units/{World.A.Units[0].Id}";
        var etag = (await client.GetAsync(url)).ETag();

        var responses = await Task.WhenAll(
            client.SendJsonAsync(HttpMethod.Put, url, NewUnit(World.A.Township.Id, "甲修改"), etag),
            client.SendJsonAsync(HttpMethod.Put, url, NewUnit(World.A.Township.Id, "乙修改"), etag));

        Assert.Equal(
            [HttpStatusCode.OK, HttpStatusCode.PreconditionFailed],
            responses.Select(r => r.StatusCode).Order().ToArray());
    }

    [Fact]
    public async Task Update_AnotherTownshipsUnit_IsNotFound()
    {
        var client = await As("secretary.a");

        var response = await client.SendJsonAsync(HttpMethod.Put, $"/api/v1/handling-units/{World.B.Units[0].Id}", NewUnit(World.B.Township.Id), "\"1\"");

        await response.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Deactivate_Twice_IsConflictNamingTheRule()
    {
        var client = await As("secretary.a");
        var url = $"/api/v1/handling-units/{World.A.Units[1].Id}";
        var first = await client.SendJsonAsync(HttpMethod.Post, $"{url}/deactivate", null, (await client.GetAsync(url)).ETag());
        await first.ShouldBe(HttpStatusCode.OK);
        Assert.False((await first.JsonAsync()).GetProperty("isActive").GetBoolean());

        var second = await client.SendJsonAsync(HttpMethod.Post, $"{url}/deactivate", null, first.ETag());

        await second.ShouldBe(HttpStatusCode.Conflict);
        Assert.Equal("HandlingUnitDeactivatesOnce", (await second.JsonAsync()).GetProperty("rule").GetString());
    }
}
