using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DeputyPortal.Api.FunctionalTests.Support;
using DeputyPortal.Domain.Deputies;
using DeputyPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DeputyPortal.Api.FunctionalTests.Constituents;

public sealed class ConstituentsTests(PortalFactory portal) : PortalTest(portal)
{
    private object NewConstituent(Guid townshipId, Guid deputyId, string name = "甲新选民", string? phone = "13712345678") =>
        new { townshipId, deputyId, name, kind = "Household", village = "甲新村", address = "甲新村三组十二号", phone };

    private static List<JsonElement> Items(JsonElement page) => [.. page.GetProperty("items").EnumerateArray()];

    private static bool IsMasked(JsonElement constituent) =>
        constituent.GetProperty("phone").GetString()!.Contains("****", StringComparison.Ordinal)
        && constituent.GetProperty("address").GetString()!.EndsWith("****", StringComparison.Ordinal);

    private async Task<JsonElement> ListAsync(string userName, string url = "/api/v1/constituents")
    {
        var response = await (await As(userName)).GetAsync(url);
        await response.ShouldBe(HttpStatusCode.OK);
        return await response.JsonAsync();
    }

    [Fact]
    public async Task List_AsSecretary_ShowsOwnTownshipInFull()
    {
        var page = await ListAsync("secretary.a");

        Assert.Equal(12, page.GetProperty("totalCount").GetInt32());
        Assert.All(Items(page), c => Assert.Equal(World.A.Township.Id, c.GetProperty("townshipId").GetGuid()));
        var first = World.A.Constituents[0];
        var shown = Items(page).Single(c => c.GetProperty("id").GetGuid() == first.Id);
        Assert.Equal(first.Phone, shown.GetProperty("phone").GetString());
        Assert.Equal(first.Address, shown.GetProperty("address").GetString());
    }

    [Fact]
    public async Task List_AsDeputy_ShowsOnlyOwnConstituentsInFull()
    {
        var page = await ListAsync("deputy.a");

        Assert.Equal(World.A.ConstituentsOf(World.A.Deputy).Count(), page.GetProperty("totalCount").GetInt32());
        Assert.All(Items(page), c =>
        {
            Assert.Equal(World.A.Deputy.Id, c.GetProperty("deputyId").GetGuid());
            Assert.False(IsMasked(c));
        });
    }

    [Fact]
    public async Task List_AsPresidiumMember_ShowsOwnTownshipMasked()
    {
        var page = await ListAsync("presidium.a");

        Assert.Equal(12, page.GetProperty("totalCount").GetInt32());
        Assert.All(Items(page), c => Assert.True(IsMasked(c)));
    }

    [Fact]
    public async Task List_AsCountyStaff_ShowsEveryTownshipMasked()
    {
        var page = await ListAsync("county", "/api/v1/constituents?pageSize=200");

        Assert.Equal(24, page.GetProperty("totalCount").GetInt32());
        Assert.All(Items(page), c => Assert.True(IsMasked(c)));
    }

    [Fact]
    public async Task List_AsHandlingUnitOfficer_ShowsNone()
    {
        var page = await ListAsync("unit.a");

        Assert.Equal(0, page.GetProperty("totalCount").GetInt32());
        Assert.Empty(Items(page));
    }

    [Fact]
    public async Task Get_AsPresidiumMember_MasksPhoneAndAddress()
    {
        var constituent = World.A.Constituents[0];

        var shown = await (await (await As("presidium.a")).GetAsync($"/api/v1/constituents/{constituent.Id}")).JsonAsync();

        Assert.Equal("139****0001", shown.GetProperty("phone").GetString());
        Assert.Equal("甲村****", shown.GetProperty("address").GetString());
        Assert.Equal(constituent.Name, shown.GetProperty("name").GetString());
    }

    [Theory]
    [InlineData("deputy.a")]
    [InlineData("unit.a")]
    [InlineData("secretary.b")]
    [InlineData("presidium.b")]
    public async Task Get_ConstituentOutOfScope_IsNotFound(string userName)
    {
        // Constituents[0] (i = 1) is assigned to deputy2.a, not to deputy.a.
        var constituent = World.A.Constituents[0];
        Assert.Equal(World.A.OtherDeputy.Id, constituent.DeputyId);

        var response = await (await As(userName)).GetAsync($"/api/v1/constituents/{constituent.Id}");

        await response.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Get_OwnConstituentAsDeputy_IsInFullWithETag()
    {
        var constituent = World.A.ConstituentsOf(World.A.Deputy).First();

        var response = await (await As("deputy.a")).GetAsync($"/api/v1/constituents/{constituent.Id}");

        await response.ShouldBe(HttpStatusCode.OK);
        Assert.Matches("^\"\\d+\"$", response.ETag());
        var shown = await response.JsonAsync();
        Assert.Equal(constituent.Phone, shown.GetProperty("phone").GetString());
        Assert.Equal(constituent.Address, shown.GetProperty("address").GetString());
    }

    [Fact]
    public async Task List_FiltersAndSorts()
    {
        var secretary = await As("secretary.a");
        var created = await secretary.PostAsJsonAsync("/api/v1/constituents", NewConstituent(World.A.Township.Id, World.A.Deputy.Id, "甲选民十三"));
        await created.ShouldBe(HttpStatusCode.Created);

        var byDeputy = await ListAsync("secretary.a", $"/api/v1/constituents?deputyId={World.A.Deputy.Id}&kind=Household");
        var byVillage = await ListAsync("secretary.a", "/api/v1/constituents?village=甲新村");
        var bySearch = await ListAsync("secretary.a", "/api/v1/constituents?search=选民1&sort=-name&pageSize=3");
        var inactive = await ListAsync("secretary.a", "/api/v1/constituents?isActive=false");
        var villagesUp = Items(await ListAsync("secretary.a", "/api/v1/constituents?sort=village")).Select(c => c.GetProperty("village").GetString());
        var villagesDown = Items(await ListAsync("secretary.a", "/api/v1/constituents?sort=-village")).Select(c => c.GetProperty("village").GetString());

        Assert.Equal("甲选民十三", Assert.Single(Items(byDeputy)).GetProperty("name").GetString());
        Assert.Equal(1, byVillage.GetProperty("totalCount").GetInt32());
        Assert.Equal(4, bySearch.GetProperty("totalCount").GetInt32()); // 甲选民1, 10, 11, 12
        Assert.Equal(["甲选民12", "甲选民11", "甲选民10"], Items(bySearch).Select(c => c.GetProperty("name").GetString()));
        Assert.Equal(0, inactive.GetProperty("totalCount").GetInt32());
        Assert.Contains("甲新村", new[] { villagesUp.First(), villagesUp.Last() });
        Assert.Equal(villagesUp.Reverse(), villagesDown);
    }

    [Fact]
    public async Task List_WithUnknownSortKey_IsRefusedNamingTheField()
    {
        var response = await (await As("secretary.a")).GetAsync("/api/v1/constituents?sort=phone");

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("sort:SortKeyIsKnown", await response.FieldRulesAsync());
    }

    [Fact]
    public async Task DeputyConstituents_OwnAsDeputy_AreListedInFull()
    {
        var page = await ListAsync("deputy.a", $"/api/v1/deputies/{World.A.Deputy.Id}/constituents");

        Assert.Equal(6, page.GetProperty("totalCount").GetInt32());
        Assert.All(Items(page), c => Assert.False(IsMasked(c)));
    }

    [Fact]
    public async Task DeputyConstituents_OfAnotherDeputyAsDeputy_IsNotFound()
    {
        var response = await (await As("deputy.a")).GetAsync($"/api/v1/deputies/{World.A.OtherDeputy.Id}/constituents");

        await response.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task DeputyConstituents_OfAnotherTownshipsDeputy_IsNotFound()
    {
        var response = await (await As("secretary.a")).GetAsync($"/api/v1/deputies/{World.B.Deputy.Id}/constituents");

        await response.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task DeputyConstituents_AsPresidiumMember_AreMasked()
    {
        var page = await ListAsync("presidium.a", $"/api/v1/deputies/{World.A.OtherDeputy.Id}/constituents");

        Assert.Equal(6, page.GetProperty("totalCount").GetInt32());
        Assert.All(Items(page), c =>
        {
            Assert.Equal(World.A.OtherDeputy.Id, c.GetProperty("deputyId").GetGuid());
            Assert.True(IsMasked(c));
        });
    }

    [Fact]
    public async Task Create_AsSecretary_AssignsToDeputyWhoThenSeesItInFull()
    {
        var secretary = await As("secretary.a");

        var response = await secretary.PostAsJsonAsync("/api/v1/constituents", NewConstituent(World.A.Township.Id, World.A.Deputy.Id));

        await response.ShouldBe(HttpStatusCode.Created);
        var created = await response.JsonAsync();
        var id = created.GetProperty("id").GetGuid();
        Assert.Equal($"/api/v1/constituents/{id}", response.Headers.Location?.ToString());
        Assert.True(created.GetProperty("isActive").GetBoolean());
        var seenByDeputy = await (await (await As("deputy.a")).GetAsync($"/api/v1/constituents/{id}")).JsonAsync();
        Assert.Equal("13712345678", seenByDeputy.GetProperty("phone").GetString());
        var seenByOtherDeputy = await (await As("deputy2.a")).GetAsync($"/api/v1/constituents/{id}");
        await seenByOtherDeputy.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Create_InAnotherTownship_IsNotFoundAndWritesNothing()
    {
        var response = await (await As("secretary.a")).PostAsJsonAsync("/api/v1/constituents", NewConstituent(World.B.Township.Id, World.B.Deputy.Id));

        await response.ShouldBe(HttpStatusCode.NotFound);
        Assert.Equal(24, (await ListAsync("county")).GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Create_WithDeputyOfAnotherTownship_IsNotFound()
    {
        var response = await (await As("secretary.a")).PostAsJsonAsync("/api/v1/constituents", NewConstituent(World.A.Township.Id, World.B.Deputy.Id));

        await response.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("county")]
    [InlineData("presidium.a")]
    [InlineData("deputy.a")]
    [InlineData("unit.a")]
    [InlineData("admin")]
    public async Task Create_ByRoleOtherThanSecretary_IsForbidden(string userName)
    {
        var response = await (await As(userName)).PostAsJsonAsync("/api/v1/constituents", NewConstituent(World.A.Township.Id, World.A.Deputy.Id));

        await response.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Create_WithBadFields_NamesEachFieldAndRule()
    {
        var response = await (await As("secretary.a")).PostAsJsonAsync("/api/v1/constituents", new
        {
            townshipId = World.A.Township.Id,
            deputyId = World.A.Deputy.Id,
            name = "",
            kind = "Voter",
            village = new string('村', 51),
            address = (string?)null,
            phone = "12345",
        });

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var rules = await response.FieldRulesAsync();
        Assert.Contains("name:Required", rules);
        Assert.Contains("village:MaxLength", rules);
        Assert.Contains("phone:PhoneFormat", rules);
    }

    [Fact]
    public async Task Create_SamePersonTwice_IsConflict()
    {
        var secretary = await As("secretary.a");
        await (await secretary.PostAsJsonAsync("/api/v1/constituents", NewConstituent(World.A.Township.Id, World.A.Deputy.Id))).ShouldBe(HttpStatusCode.Created);

        var again = await secretary.PostAsJsonAsync("/api/v1/constituents", NewConstituent(World.A.Township.Id, World.A.OtherDeputy.Id));

        await again.ShouldBe(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Create_ForDeputyWhoseMandateEnded_IsRefusedNamingTheRule()
    {
        await TerminateAsync(World.A.Deputies[3].Id);

        var response = await (await As("secretary.a")).PostAsJsonAsync("/api/v1/constituents", NewConstituent(World.A.Township.Id, World.A.Deputies[3].Id));

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("ConstituentDeputyIsServing", (await response.JsonAsync()).GetProperty("rule").GetString());
    }

    [Fact]
    public async Task Update_WithCurrentETag_ChangesAndIssuesNewETag()
    {
        var secretary = await As("secretary.a");
        var url = $"/api/v1/constituents/{World.A.Constituents[0].Id}";
        var etag = (await secretary.GetAsync(url)).ETag();

        var response = await secretary.SendJsonAsync(
            HttpMethod.Put, url, new { name = "甲选民一", kind = "Household", village = "甲村", address = "甲村一组", phone = "" }, etag);

        await response.ShouldBe(HttpStatusCode.OK);
        Assert.NotEqual(etag, response.ETag());
        var changed = await (await secretary.GetAsync(url)).JsonAsync();
        Assert.Equal("甲选民一", changed.GetProperty("name").GetString());
        Assert.Equal("Household", changed.GetProperty("kind").GetString());
        Assert.Equal(JsonValueKind.Null, changed.GetProperty("phone").ValueKind);
    }

    [Fact]
    public async Task Update_WithoutIfMatch_IsPreconditionRequired()
    {
        var response = await (await As("secretary.a")).SendJsonAsync(
            HttpMethod.Put, $"/api/v1/constituents/{World.A.Constituents[0].Id}", new { name = "甲", kind = "Voter", village = "甲村" });

        await response.ShouldBe(HttpStatusCode.PreconditionRequired);
    }

    [Fact]
    public async Task Update_WithStaleETag_IsPreconditionFailed()
    {
        var secretary = await As("secretary.a");
        var url = $"/api/v1/constituents/{World.A.Constituents[0].Id}";
        var etag = (await secretary.GetAsync(url)).ETag();
        await secretary.SendJsonAsync(HttpMethod.Put, url, new { name = "第一次", kind = "Voter", village = "甲村" }, etag);

        var stale = await secretary.SendJsonAsync(HttpMethod.Put, url, new { name = "第二次", kind = "Voter", village = "甲村" }, etag);

        await stale.ShouldBe(HttpStatusCode.PreconditionFailed);
        Assert.Equal("第一次", (await (await secretary.GetAsync(url)).JsonAsync()).GetProperty("name").GetString());
    }

    [Fact]
    public async Task Update_ByOwnDeputy_IsForbidden()
    {
        var constituent = World.A.ConstituentsOf(World.A.Deputy).First();
        var deputy = await As("deputy.a");
        var url = $"/api/v1/constituents/{constituent.Id}";

        var response = await deputy.SendJsonAsync(HttpMethod.Put, url, new { name = "改名", kind = "Voter", village = "甲村" }, (await deputy.GetAsync(url)).ETag());

        await response.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Reassign_ToAnotherDeputy_MovesWhoMaySeeIt()
    {
        var secretary = await As("secretary.a");
        var constituent = World.A.ConstituentsOf(World.A.OtherDeputy).First();
        var url = $"/api/v1/constituents/{constituent.Id}";

        var response = await secretary.SendJsonAsync(HttpMethod.Post, $"{url}/reassign", new { deputyId = World.A.Deputy.Id }, (await secretary.GetAsync(url)).ETag());

        await response.ShouldBe(HttpStatusCode.OK);
        Assert.Equal(World.A.Deputy.Id, (await response.JsonAsync()).GetProperty("deputyId").GetGuid());
        await (await (await As("deputy.a")).GetAsync(url)).ShouldBe(HttpStatusCode.OK);
        await (await (await As("deputy2.a")).GetAsync(url)).ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Reassign_ToDeputyOfAnotherTownship_IsNotFoundAndKeepsTheDeputy()
    {
        var secretary = await As("secretary.a");
        var constituent = World.A.Constituents[0];
        var url = $"/api/v1/constituents/{constituent.Id}";

        var response = await secretary.SendJsonAsync(HttpMethod.Post, $"{url}/reassign", new { deputyId = World.B.Deputy.Id }, (await secretary.GetAsync(url)).ETag());

        await response.ShouldBe(HttpStatusCode.NotFound);
        Assert.Equal(constituent.DeputyId, (await (await secretary.GetAsync(url)).JsonAsync()).GetProperty("deputyId").GetGuid());
    }

    [Fact]
    public async Task Deactivate_ThenReactivate_AndTwiceIsConflictNamingTheRule()
    {
        var secretary = await As("secretary.a");
        var url = $"/api/v1/constituents/{World.A.Constituents[1].Id}";

        var deactivated = await secretary.SendJsonAsync(HttpMethod.Post, $"{url}/deactivate", null, (await secretary.GetAsync(url)).ETag());
        await deactivated.ShouldBe(HttpStatusCode.OK);
        Assert.False((await deactivated.JsonAsync()).GetProperty("isActive").GetBoolean());
        Assert.Equal(1, (await ListAsync("secretary.a", "/api/v1/constituents?isActive=false")).GetProperty("totalCount").GetInt32());

        var again = await secretary.SendJsonAsync(HttpMethod.Post, $"{url}/deactivate", null, deactivated.ETag());
        await again.ShouldBe(HttpStatusCode.Conflict);
        Assert.Equal("ConstituentDeactivatesOnce", (await again.JsonAsync()).GetProperty("rule").GetString());

        var reactivated = await secretary.SendJsonAsync(HttpMethod.Post, $"{url}/reactivate", null, deactivated.ETag());
        await reactivated.ShouldBe(HttpStatusCode.OK);
        Assert.True((await reactivated.JsonAsync()).GetProperty("isActive").GetBoolean());
    }

    /// <summary>Ends a deputy's mandate directly in the database: this branch has no API for it yet.</summary>
    private async Task TerminateAsync(Guid deputyId)
    {
        var secretary = await As("secretary.a");
        var url = $"/api/v1/deputies/{deputyId}";
        var response = await secretary.SendJsonAsync(
            HttpMethod.Post, $"{url}/terminate", new { terminatedOn = "2024-05-01", reason = "调离本行政区域" }, (await secretary.GetAsync(url)).ETag());
        await response.ShouldBe(HttpStatusCode.OK);
    }
}
