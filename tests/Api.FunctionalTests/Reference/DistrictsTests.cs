using System.Net;
using System.Net.Http.Json;
using DeputyPortal.Api.FunctionalTests.Support;

namespace DeputyPortal.Api.FunctionalTests.Reference;

public sealed class DistrictsTests(PortalFactory portal) : PortalTest(portal)
{
    private static object NewDistrict(Guid termId, string name = "甲第三选区", int voterCount = 1500, int seats = 2) =>
        new { termId, name, voterCount, seats };

    private static object Fields(string name, int voterCount, int seats) => new { name, voterCount, seats };

    [Fact]
    public async Task List_AsSecretary_ShowsOwnDistrictsAndSearchesByName()
    {
        var client = await As("secretary.a");

        var all = await (await client.GetAsync("/api/v1/districts")).JsonAsync();
        var found = await (await client.GetAsync("/api/v1/districts?search=第二")).JsonAsync();

        Assert.Equal(2, all.GetProperty("totalCount").GetInt32());
        Assert.All(all.GetProperty("items").EnumerateArray(), d => Assert.Equal(World.A.Township.Id, d.GetProperty("townshipId").GetGuid()));
        Assert.Equal(World.A.Districts[1].Id, Assert.Single(found.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task List_AsCountyStaff_FiltersByTermAndPagesSortedBySeats()
    {
        var client = await As("county");

        var first = await (await client.GetAsync($"/api/v1/districts?termId={World.B.Term.Id}&sort=-seats&pageSize=1")).JsonAsync();
        var second = await (await client.GetAsync($"/api/v1/districts?termId={World.B.Term.Id}&sort=-seats&pageSize=1&page=2")).JsonAsync();

        Assert.Equal(2, first.GetProperty("totalCount").GetInt32());
        Assert.Equal(World.B.Districts[1].Id, Assert.Single(first.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());
        Assert.Equal(World.B.Districts[0].Id, Assert.Single(second.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());
    }

    [Theory]
    [InlineData("sort=population", "sort")]
    [InlineData("pageSize=0", "pageSize")]
    public async Task List_WithBadPaging_IsRefusedNamingTheField(string queryString, string field)
    {
        var client = await As("county");

        var response = await client.GetAsync($"/api/v1/districts?{queryString}");

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Contains(await response.FieldRulesAsync(), r => r.StartsWith(field + ":", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Get_AnotherTownshipsDistrict_IsNotFound()
    {
        var client = await As("deputy.a");

        var response = await client.GetAsync($"/api/v1/districts/{World.B.Districts[0].Id}");

        await response.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Create_AsSecretary_CreatesInTheTermsTownship()
    {
        var client = await As("secretary.a");

        var response = await client.PostAsJsonAsync("/api/v1/districts", NewDistrict(World.A.Term.Id));

        await response.ShouldBe(HttpStatusCode.Created);
        var fetched = await client.GetAsync(response.Headers.Location);
        var district = await fetched.JsonAsync();
        Assert.Equal("甲第三选区", district.GetProperty("name").GetString());
        Assert.Equal(World.A.Township.Id, district.GetProperty("townshipId").GetGuid());
        Assert.Equal(1500, district.GetProperty("voterCount").GetInt32());
        Assert.Equal(response.ETag(), fetched.ETag());
    }

    [Fact]
    public async Task Create_InAnotherTownshipsTerm_IsNotFoundAndWritesNothing()
    {
        var client = await As("secretary.a");

        var response = await client.PostAsJsonAsync("/api/v1/districts", NewDistrict(World.B.Term.Id));

        await response.ShouldBe(HttpStatusCode.NotFound);
        var county = await As("county");
        Assert.Equal(4, (await (await county.GetAsync("/api/v1/districts")).JsonAsync()).GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Writes_ByEveryRoleButSecretary_AreForbidden()
    {
        var url = $"/api/v1/districts/{World.A.Districts[0].Id}";
        var etag = (await (await As("secretary.a")).GetAsync(url)).ETag();

        foreach (var userName in RoleMatrix.AllButSecretary)
        {
            var client = await As(userName);

            await (await client.PostAsJsonAsync("/api/v1/districts", NewDistrict(World.A.Term.Id))).ShouldBeForbiddenFor(userName, "create");
            await (await client.SendJsonAsync(HttpMethod.Put, url, Fields("甲第一选区", 1800, 1), etag)).ShouldBeForbiddenFor(userName, "update");
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    public async Task Create_WithSeatsOutsideOneToThree_IsRefusedNamingR9(int seats)
    {
        var client = await As("secretary.a");

        var response = await client.PostAsJsonAsync("/api/v1/districts", NewDistrict(World.A.Term.Id, seats: seats));

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("R9.DistrictElectsOneToThreeDeputies", (await response.JsonAsync()).GetProperty("rule").GetString());
        Assert.Equal(["seats:R9.DistrictElectsOneToThreeDeputies"], await response.FieldRulesAsync());
    }

    [Theory]
    [InlineData("", "name:Required")]
    [InlineData("一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一", "name:MaxLength")]
    public async Task Create_WithEmptyOrOverlongName_NamesTheFieldAndRule(string name, string fieldRule)
    {
        var client = await As("secretary.a");

        var response = await client.PostAsJsonAsync("/api/v1/districts", NewDistrict(World.A.Term.Id, name: name));

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Equal([fieldRule], await response.FieldRulesAsync());
    }

    [Fact]
    public async Task Create_WithNegativeVoterCount_NamesTheFieldAndRule()
    {
        var client = await As("secretary.a");

        var response = await client.PostAsJsonAsync("/api/v1/districts", NewDistrict(World.A.Term.Id, voterCount: -1));

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["voterCount:VoterCountIsNotNegative"], await response.FieldRulesAsync());
    }

    [Fact]
    public async Task Create_WithNameTakenInTheTerm_IsConflict()
    {
        var client = await As("secretary.a");

        var response = await client.PostAsJsonAsync("/api/v1/districts", NewDistrict(World.A.Term.Id, World.A.Districts[0].Name));

        await response.ShouldBe(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Create_RetriedWithSameIdempotencyKey_CreatesOnce()
    {
        var client = await As("secretary.a");

        var first = await client.SendJsonAsync(HttpMethod.Post, "/api/v1/districts", NewDistrict(World.A.Term.Id), idempotencyKey: "district-1");
        var retry = await client.SendJsonAsync(HttpMethod.Post, "/api/v1/districts", NewDistrict(World.A.Term.Id), idempotencyKey: "district-1");

        await first.ShouldBe(HttpStatusCode.Created);
        await retry.ShouldBe(HttpStatusCode.Created);
        Assert.Equal((await first.JsonAsync()).GetProperty("id").GetGuid(), (await retry.JsonAsync()).GetProperty("id").GetGuid());
        Assert.Equal(3, (await (await client.GetAsync("/api/v1/districts")).JsonAsync()).GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Update_RequiresCurrentETag()
    {
        var client = await As("secretary.a");
        var url = $"/api/v1/districts/{World.A.Districts[0].Id}";
        var etag = (await client.GetAsync(url)).ETag();

        var withoutIfMatch = await client.SendJsonAsync(HttpMethod.Put, url, Fields("甲第一选区", 1900, 3));
        var current = await client.SendJsonAsync(HttpMethod.Put, url, Fields("甲第一选区", 1900, 3), etag);
        var stale = await client.SendJsonAsync(HttpMethod.Put, url, Fields("甲第一选区", 2000, 1), etag);

        await withoutIfMatch.ShouldBe(HttpStatusCode.PreconditionRequired);
        await current.ShouldBe(HttpStatusCode.OK);
        await stale.ShouldBe(HttpStatusCode.PreconditionFailed);
        var district = await (await client.GetAsync(url)).JsonAsync();
        Assert.Equal(1900, district.GetProperty("voterCount").GetInt32());
        Assert.Equal(3, district.GetProperty("seats").GetInt32());
    }

    [Fact]
    public async Task Update_ToFourSeats_IsRefusedNamingR9AndKeepsTheDistrict()
    {
        var client = await As("secretary.a");
        var url = $"/api/v1/districts/{World.A.Districts[0].Id}";
        var etag = (await client.GetAsync(url)).ETag();

        var response = await client.SendJsonAsync(HttpMethod.Put, url, Fields("甲第一选区", 1800, 4), etag);

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["seats:R9.DistrictElectsOneToThreeDeputies"], await response.FieldRulesAsync());
        Assert.Equal(2, (await (await client.GetAsync(url)).JsonAsync()).GetProperty("seats").GetInt32());
    }

    [Fact]
    public async Task Update_AnotherTownshipsDistrict_IsNotFound()
    {
        var client = await As("secretary.a");

        var response = await client.SendJsonAsync(HttpMethod.Put, $"/api/v1/districts/{World.B.Districts[0].Id}", Fields("乙第一选区", 1, 1), "\"1\"");

        await response.ShouldBe(HttpStatusCode.NotFound);
    }
}
