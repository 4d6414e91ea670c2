using System.Net;
using System.Net.Http.Json;
using DeputyPortal.Api.FunctionalTests.Support;

namespace DeputyPortal.Api.FunctionalTests.Reference;

public sealed class TownshipsTests(PortalFactory portal) : PortalTest(portal)
{
    private static object NewTownship(string code = "360000000003", string name = "芝山镇", string county = "测试县") =>
        new { code, name, county };

    [Fact]
    public async Task List_AsCountyStaff_ShowsEveryTownship()
    {
        var client = await As("county");

        var page = await (await client.GetAsync("/api/v1/townships")).JsonAsync();

        Assert.Equal(2, page.GetProperty("totalCount").GetInt32());
        Assert.Equal(
            new[] { World.A.Township.Id, World.B.Township.Id }.Order(),
            page.GetProperty("items").EnumerateArray().Select(t => t.GetProperty("id").GetGuid()).Order());
    }

    [Fact]
    public async Task List_AsTownshipBoundUser_ShowsOnlyOwnTownship()
    {
        foreach (var userName in new[] { "secretary.a", "presidium.a", "deputy.a", "unit.a" })
        {
            var client = await As(userName);

            var page = await (await client.GetAsync("/api/v1/townships")).JsonAsync();

            Assert.Equal(World.A.Township.Id, Assert.Single(page.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());
            Assert.Equal(1, page.GetProperty("totalCount").GetInt32());
        }
    }

    [Fact]
    public async Task List_SearchesByNameOrCodeAndPagesSortedByCode()
    {
        var client = await As("county");

        var byName = await (await client.GetAsync("/api/v1/townships?search=昂素")).JsonAsync();
        var byCode = await (await client.GetAsync("/api/v1/townships?search=000000001")).JsonAsync();
        var secondPage = await (await client.GetAsync("/api/v1/townships?sort=-code&page=2&pageSize=1")).JsonAsync();

        Assert.Equal(World.B.Township.Id, Assert.Single(byName.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());
        Assert.Equal(World.A.Township.Id, Assert.Single(byCode.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());
        Assert.Equal(2, secondPage.GetProperty("totalCount").GetInt32());
        Assert.Equal("360000000001", Assert.Single(secondPage.GetProperty("items").EnumerateArray()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Get_AnotherTownship_AsSecretary_IsNotFound()
    {
        var client = await As("secretary.a");

        var response = await client.GetAsync($"/api/v1/townships/{World.B.Township.Id}");

        await response.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Create_AsAdmin_CreatesWithLocationAndETag()
    {
        var client = await As("admin");

        var response = await client.PostAsJsonAsync("/api/v1/townships", NewTownship());

        await response.ShouldBe(HttpStatusCode.Created);
        var fetched = await client.GetAsync(response.Headers.Location);
        await fetched.ShouldBe(HttpStatusCode.OK);
        var township = await fetched.JsonAsync();
        Assert.Equal("360000000003", township.GetProperty("code").GetString());
        Assert.Equal("芝山镇", township.GetProperty("name").GetString());
        Assert.Equal(response.ETag(), fetched.ETag());
    }

    [Theory]
    [InlineData("36000000003")]
    [InlineData("3600000000033")]
    [InlineData("36000000000X")]
    public async Task Create_WithCodeNotTwelveDigits_IsRefusedNamingTheRule(string code)
    {
        var client = await As("admin");

        var response = await client.PostAsJsonAsync("/api/v1/townships", NewTownship(code));

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("TownshipCodeIsTwelveDigits", (await response.JsonAsync()).GetProperty("rule").GetString());
        Assert.Equal(["code:TownshipCodeIsTwelveDigits"], await response.FieldRulesAsync());
    }

    [Fact]
    public async Task Create_WithEmptyAndOverlongFields_NamesEachFieldAndRule()
    {
        var client = await As("admin");

        var response = await client.PostAsJsonAsync("/api/v1/townships", NewTownship(code: "", name: "", county: new string('县', 51)));

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var rules = await response.FieldRulesAsync();
        Assert.Contains("code:Required", rules);
        Assert.Contains("name:Required", rules);
        Assert.Contains("county:MaxLength", rules);
    }

    [Fact]
    public async Task Create_WithDuplicateCode_IsConflict()
    {
        var client = await As("admin");

        var response = await client.PostAsJsonAsync("/api/v1/townships", NewTownship(World.A.Township.Code));

        await response.ShouldBe(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Writes_ByEveryRoleButAdmin_AreForbidden()
    {
        var url = $"/api/v1/townships/{World.A.Township.Id}";
        var etag = (await (await As("admin")).GetAsync(url)).ETag();

        foreach (var userName in RoleMatrix.AllButAdmin)
        {
            var client = await As(userName);

            await (await client.PostAsJsonAsync("/api/v1/townships", NewTownship())).ShouldBeForbiddenFor(userName, "create");
            await (await client.SendJsonAsync(HttpMethod.Put, url, NewTownship("360000000001", "改名镇"), etag)).ShouldBeForbiddenFor(userName, "update");
        }
    }

    [Fact]
    public async Task Create_RetriedWithSameIdempotencyKey_CreatesOnce()
    {
        var client = await As("admin");

        var first = await client.SendJsonAsync(HttpMethod.Post, "/api/v1/townships", NewTownship(), idempotencyKey: "township-1");
        var retry = await client.SendJsonAsync(HttpMethod.Post, "/api/v1/townships", NewTownship(), idempotencyKey: "township-1");

        await first.ShouldBe(HttpStatusCode.Created);
        await retry.ShouldBe(HttpStatusCode.Created);
        Assert.Equal((await first.JsonAsync()).GetProperty("id").GetGuid(), (await retry.JsonAsync()).GetProperty("id").GetGuid());
        Assert.Equal(3, (await (await client.GetAsync("/api/v1/townships")).JsonAsync()).GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Update_AsAdmin_RequiresCurrentETag()
    {
        var client = await As("admin");
        var url = $"/api/v1/townships/{World.B.Township.Id}";
        var etag = (await client.GetAsync(url)).ETag();

        var withoutIfMatch = await client.SendJsonAsync(HttpMethod.Put, url, NewTownship("360000000002", "昂素镇（新）"));
        var current = await client.SendJsonAsync(HttpMethod.Put, url, NewTownship("360000000002", "昂素镇（新）"), etag);
        var stale = await client.SendJsonAsync(HttpMethod.Put, url, NewTownship("360000000002", "昂素镇（旧）"), etag);

        await withoutIfMatch.ShouldBe(HttpStatusCode.PreconditionRequired);
        await current.ShouldBe(HttpStatusCode.OK);
        Assert.NotEqual(etag, current.ETag());
        await stale.ShouldBe(HttpStatusCode.PreconditionFailed);
        Assert.Equal("昂素镇（新）", (await (await client.GetAsync(url)).JsonAsync()).GetProperty("name").GetString());
    }

    [Fact]
    public async Task Update_ToAnotherTownshipsCode_IsConflict()
    {
        var client = await As("admin");
        var url = $"/api/v1/townships/{World.B.Township.Id}";
        var etag = (await client.GetAsync(url)).ETag();

        var response = await client.SendJsonAsync(HttpMethod.Put, url, NewTownship(World.A.Township.Code, "昂素镇"), etag);

        await response.ShouldBe(HttpStatusCode.Conflict);
    }
}
