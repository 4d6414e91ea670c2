using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DeputyPortal.Api.FunctionalTests.Support;

namespace DeputyPortal.Api.FunctionalTests.Users;

public sealed class UsersTests(PortalFactory portal) : PortalTest(portal)
{
    private const string NewPassword = "New@2026pass";

    private async Task<HttpResponseMessage> CreateAsync(object account) =>
        await (await As("admin")).PostAsJsonAsync("/api/v1/admin/users", account);

    private async Task<JsonElement> ListAsync(string queryString = "")
    {
        var response = await (await As("admin")).GetAsync($"/api/v1/admin/users?{queryString}");
        await response.ShouldBe(HttpStatusCode.OK);
        return await response.JsonAsync();
    }

    private static IEnumerable<string> UserNames(JsonElement page) =>
        page.GetProperty("items").EnumerateArray().Select(u => u.GetProperty("userName").GetString()!);

    private async Task<HttpResponseMessage> RequestTokenAsync(string userName, string password)
    {
        using var anonymous = Portal.CreateClient();
        return await anonymous.PostAsJsonAsync("/api/v1/auth/token", new { userName, password });
    }

    private async Task<Guid> IdOfAsync(string userName) =>
        (await ListAsync($"search={userName}")).GetProperty("items").EnumerateArray()
            .Single(u => u.GetProperty("userName").GetString() == userName).GetProperty("id").GetGuid();

    [Fact]
    public async Task List_AsAdmin_ShowsEveryAccountWithRoleAndNeverAPasswordHash()
    {
        var response = await (await As("admin")).GetAsync("/api/v1/admin/users?pageSize=200");

        await response.ShouldBe(HttpStatusCode.OK);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("password", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("securityStamp", body, StringComparison.OrdinalIgnoreCase);
        var page = JsonDocument.Parse(body).RootElement;
        Assert.Equal(11, page.GetProperty("totalCount").GetInt32());
        var deputy = page.GetProperty("items").EnumerateArray().Single(u => u.GetProperty("userName").GetString() == "deputy.a");
        Assert.Equal("Deputy", deputy.GetProperty("role").GetString());
        Assert.Equal(World.A.Township.Id, deputy.GetProperty("townshipId").GetGuid());
        Assert.Equal(World.A.Deputy.Id, deputy.GetProperty("deputyId").GetGuid());
        Assert.False(deputy.GetProperty("isLockedOut").GetBoolean());
    }

    [Fact]
    public async Task List_FilteredByRoleAndTownship_ShowsOnlyThoseAccounts()
    {
        var page = await ListAsync($"role=Deputy&townshipId={World.A.Township.Id}");

        Assert.Equal(["deputy.a", "deputy2.a"], UserNames(page).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task List_PagesAndSortsByUserName()
    {
        var page = await ListAsync("page=3&pageSize=5&sort=-userName");

        Assert.Equal(11, page.GetProperty("totalCount").GetInt32());
        Assert.Equal(["admin"], UserNames(page));
    }

    [Theory]
    [InlineData("role=Mayor", "role")]
    [InlineData("sort=passwordHash", "sort")]
    public async Task List_WithBadFilter_IsRefusedNamingTheField(string queryString, string field)
    {
        var response = await (await As("admin")).GetAsync($"/api/v1/admin/users?{queryString}");

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Contains(await response.FieldRulesAsync(), r => r.StartsWith(field + ":", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Create_Deputy_CanSignInAndSeesOwnTownship()
    {
        var deputy = World.A.Deputies[2];

        var response = await CreateAsync(new
        {
            userName = "deputy3.a", displayName = deputy.Name, password = NewPassword, role = "Deputy",
            townshipId = World.A.Township.Id, deputyId = deputy.Id,
        });

        await response.ShouldBe(HttpStatusCode.Created);
        var created = await response.JsonAsync();
        Assert.Equal($"/api/v1/admin/users/{created.GetProperty("id").GetGuid()}", response.Headers.Location?.ToString());
        Assert.Equal("Deputy", created.GetProperty("role").GetString());
        Assert.DoesNotContain("password", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);

        var token = await RequestTokenAsync("deputy3.a", NewPassword);
        await token.ShouldBe(HttpStatusCode.OK);
        using var client = Portal.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", (await token.JsonAsync()).GetProperty("access_token").GetString());
        var units = await (await client.GetAsync("/api/v1/handling-units")).JsonAsync();
        Assert.All(units.GetProperty("items").EnumerateArray(), u => Assert.Equal(World.A.Township.Id, u.GetProperty("townshipId").GetGuid()));
        Assert.Equal(2, units.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Create_HandlingUnitOfficerAndCountyStaff_AreCreatedWithTheirBindings()
    {
        await (await CreateAsync(new
        {
            userName = "unit2.a", displayName = "村镇建设办经办人", password = NewPassword, role = "HandlingUnitOfficer",
            townshipId = World.A.Township.Id, handlingUnitId = World.A.Units[1].Id,
        })).ShouldBe(HttpStatusCode.Created);
        await (await CreateAsync(new { userName = "county2", displayName = "县人大干部", password = NewPassword, role = "CountyStaff" }))
            .ShouldBe(HttpStatusCode.Created);

        var units = await ListAsync("role=HandlingUnitOfficer");
        var officer = units.GetProperty("items").EnumerateArray().Single(u => u.GetProperty("userName").GetString() == "unit2.a");
        Assert.Equal(World.A.Units[1].Id, officer.GetProperty("handlingUnitId").GetGuid());
        Assert.Equal(["county", "county2"], UserNames(await ListAsync("role=CountyStaff")).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("TownshipSecretary")]
    [InlineData("PresidiumMember")]
    [InlineData("Deputy")]
    [InlineData("HandlingUnitOfficer")]
    public async Task Create_TownshipBoundRoleWithoutTownship_IsRefusedNamingTheField(string role)
    {
        var response = await CreateAsync(new { userName = "new.user", displayName = "新用户", password = NewPassword, role });

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("townshipId:Required", await response.FieldRulesAsync());
    }

    [Theory]
    [InlineData("CountyStaff")]
    [InlineData("Admin")]
    public async Task Create_CountyWideRoleWithTownship_IsRefusedNamingTheField(string role)
    {
        var response = await CreateAsync(new { userName = "new.user", displayName = "新用户", password = NewPassword, role, townshipId = World.A.Township.Id });

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["townshipId:NotAllowedForRole"], await response.FieldRulesAsync());
    }

    [Fact]
    public async Task Create_DeputyOfAnotherTownship_IsRefusedNamingTheField()
    {
        var response = await CreateAsync(new
        {
            userName = "new.user", displayName = "新用户", password = NewPassword, role = "Deputy",
            townshipId = World.A.Township.Id, deputyId = World.B.Deputy.Id,
        });

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["deputyId:DeputyInTownship"], await response.FieldRulesAsync());
    }

    [Fact]
    public async Task Create_PresidiumMemberWithoutDeputy_IsRefusedNamingTheField()
    {
        var response = await CreateAsync(new
        {
            userName = "new.user", displayName = "新用户", password = NewPassword, role = "PresidiumMember", townshipId = World.A.Township.Id,
        });

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["deputyId:Required"], await response.FieldRulesAsync());
    }

    [Fact]
    public async Task Create_HandlingUnitOfficerWithoutUnitOrWithAnotherTownshipsUnit_IsRefusedNamingTheField()
    {
        var withoutUnit = await CreateAsync(new
        {
            userName = "new.user", displayName = "新用户", password = NewPassword, role = "HandlingUnitOfficer", townshipId = World.A.Township.Id,
        });
        var foreignUnit = await CreateAsync(new
        {
            userName = "new.user", displayName = "新用户", password = NewPassword, role = "HandlingUnitOfficer",
            townshipId = World.A.Township.Id, handlingUnitId = World.B.Units[0].Id,
        });

        await withoutUnit.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["handlingUnitId:Required"], await withoutUnit.FieldRulesAsync());
        await foreignUnit.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["handlingUnitId:HandlingUnitInTownship"], await foreignUnit.FieldRulesAsync());
    }

    [Fact]
    public async Task Create_SecretaryWithDeputyOrUnit_IsRefusedNamingTheFields()
    {
        var response = await CreateAsync(new
        {
            userName = "new.user", displayName = "新用户", password = NewPassword, role = "TownshipSecretary",
            townshipId = World.A.Township.Id, deputyId = World.A.Deputy.Id, handlingUnitId = World.A.Units[0].Id,
        });

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var rules = await response.FieldRulesAsync();
        Assert.Contains("deputyId:NotAllowedForRole", rules);
        Assert.Contains("handlingUnitId:NotAllowedForRole", rules);
    }

    [Fact]
    public async Task Create_WithWeakPassword_IsRefusedNamingThePasswordRules()
    {
        var response = await CreateAsync(new { userName = "new.user", displayName = "新用户", password = "abcdefgh", role = "CountyStaff" });

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var rules = await response.FieldRulesAsync();
        Assert.Contains("password:PasswordRequiresDigit", rules);
        Assert.Contains("password:PasswordRequiresUpper", rules);
        Assert.Equal(11, (await ListAsync()).GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Create_WithTakenUserName_IsConflict()
    {
        var response = await CreateAsync(new { userName = "county", displayName = "重名", password = NewPassword, role = "CountyStaff" });

        await response.ShouldBe(HttpStatusCode.Conflict);
        Assert.Equal("UserNameIsUnique", (await response.JsonAsync()).GetProperty("rule").GetString());
    }

    [Fact]
    public async Task Create_WithUnknownRoleAndEmptyNames_NamesEachField()
    {
        var response = await CreateAsync(new { userName = "", displayName = "", password = NewPassword, role = "Mayor" });

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var rules = await response.FieldRulesAsync();
        Assert.Contains("userName:Required", rules);
        Assert.Contains("displayName:Required", rules);
        Assert.Contains("role:KnownValue", rules);
    }

    [Fact]
    public async Task Lock_StopsSignInUntilUnlocked()
    {
        var admin = await As("admin");
        var id = await IdOfAsync("deputy.a");

        var locked = await admin.PostAsync($"/api/v1/admin/users/{id}/lock", null);

        await locked.ShouldBe(HttpStatusCode.OK);
        Assert.True((await locked.JsonAsync()).GetProperty("isLockedOut").GetBoolean());
        await (await RequestTokenAsync("deputy.a", PortalFactory.Password)).ShouldBe(HttpStatusCode.Unauthorized);

        var unlocked = await admin.PostAsync($"/api/v1/admin/users/{id}/unlock", null);

        await unlocked.ShouldBe(HttpStatusCode.OK);
        Assert.False((await unlocked.JsonAsync()).GetProperty("isLockedOut").GetBoolean());
        await (await RequestTokenAsync("deputy.a", PortalFactory.Password)).ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Unlock_AfterTooManyWrongPasswords_LetsTheUserSignInAgain()
    {
        for (var i = 0; i < 5; i++)
        {
            await RequestTokenAsync("unit.a", "wrong-password");
        }

        await (await RequestTokenAsync("unit.a", PortalFactory.Password)).ShouldBe(HttpStatusCode.Unauthorized);
        Assert.True((await ListAsync("search=unit.a")).GetProperty("items")[0].GetProperty("isLockedOut").GetBoolean());

        await (await (await As("admin")).PostAsync($"/api/v1/admin/users/{await IdOfAsync("unit.a")}/unlock", null)).ShouldBe(HttpStatusCode.OK);

        await (await RequestTokenAsync("unit.a", PortalFactory.Password)).ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Lock_OwnAccount_IsConflict()
    {
        var response = await (await As("admin")).PostAsync($"/api/v1/admin/users/{await IdOfAsync("admin")}/lock", null);

        await response.ShouldBe(HttpStatusCode.Conflict);
        Assert.Equal("CannotLockOwnAccount", (await response.JsonAsync()).GetProperty("rule").GetString());
    }

    [Fact]
    public async Task Lock_UnknownAccount_IsNotFound()
    {
        var response = await (await As("admin")).PostAsync($"/api/v1/admin/users/{Guid.NewGuid()}/lock", null);

        await response.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("county")]
    [InlineData("secretary.a")]
    [InlineData("presidium.a")]
    [InlineData("deputy.a")]
    [InlineData("unit.a")]
    public async Task EveryUserEndpoint_ByAnyoneButAdmin_IsForbidden(string userName)
    {
        var client = await As(userName);
        var target = await IdOfAsync("deputy2.a");

        var list = await client.GetAsync("/api/v1/admin/users");
        var create = await client.PostAsJsonAsync("/api/v1/admin/users", new { userName = "x.y", displayName = "某人", password = NewPassword, role = "CountyStaff" });
        var lockAccount = await client.PostAsync($"/api/v1/admin/users/{target}/lock", null);
        var unlockAccount = await client.PostAsync($"/api/v1/admin/users/{target}/unlock", null);

        await list.ShouldBe(HttpStatusCode.Forbidden);
        await create.ShouldBe(HttpStatusCode.Forbidden);
        await lockAccount.ShouldBe(HttpStatusCode.Forbidden);
        await unlockAccount.ShouldBe(HttpStatusCode.Forbidden);
        Assert.Equal(11, (await ListAsync()).GetProperty("totalCount").GetInt32());
    }
}
