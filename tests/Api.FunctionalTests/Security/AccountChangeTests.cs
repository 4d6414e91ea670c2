using System.IdentityModel.Tokens.Jwt;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using DeputyPortal.Api.FunctionalTests.Support;
using DeputyPortal.Application.Users;
using DeputyPortal.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace DeputyPortal.Api.FunctionalTests.Security;

/// <summary>
/// An account change takes effect at once: the bearer tokens and portal cookies the account held before the change
/// are refused on the next request (this instance forgets its cached account state as it makes the change), while
/// other accounts' credentials keep working.
/// </summary>
public sealed class AccountChangeTests(PortalFactory portal) : PortalTest(portal)
{
    private const string NewPassword = "Changed@2026pass";

    [Fact]
    public async Task Token_AfterTheAccountIsLocked_IsRefused()
    {
        var token = await TokenAsync("secretary.a");
        var other = await TokenAsync("secretary.b");
        await (await GetAsync(token)).ShouldBe(HttpStatusCode.OK);

        await (await (await As("admin")).PostAsync($"/api/v1/admin/users/{await IdOfAsync("secretary.a")}/lock", null)).ShouldBe(HttpStatusCode.OK);

        await AssertRefusedAsync(await GetAsync(token));
        await (await GetAsync(other)).ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Token_AfterLockoutByWrongPasswords_IsRefused()
    {
        var token = await TokenAsync("deputy.a");

        for (var i = 0; i < 5; i++)
        {
            await (await RequestTokenAsync("deputy.a", "Wrong@2026pass")).ShouldBe(HttpStatusCode.Unauthorized);
        }

        await AssertRefusedAsync(await GetAsync(token));
    }

    [Fact]
    public async Task Token_AfterAPasswordReset_IsRefused_AndTheNewPasswordSignsIn()
    {
        var token = await TokenAsync("secretary.a");
        await (await GetAsync(token)).ShouldBe(HttpStatusCode.OK);

        var reset = await (await As("admin")).PostAsJsonAsync(
            $"/api/v1/admin/users/{await IdOfAsync("secretary.a")}/password", new { newPassword = NewPassword });

        await reset.ShouldBe(HttpStatusCode.OK);
        await AssertRefusedAsync(await GetAsync(token));
        await (await RequestTokenAsync("secretary.a", PortalFactory.Password)).ShouldBe(HttpStatusCode.Unauthorized);
        await (await GetAsync(await TokenAsync("secretary.a", NewPassword))).ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task PasswordReset_WithAWeakPassword_IsRefusedNamingTheField_AndTheTokenStillWorks()
    {
        var token = await TokenAsync("secretary.a");

        var reset = await (await As("admin")).PostAsJsonAsync(
            $"/api/v1/admin/users/{await IdOfAsync("secretary.a")}/password", new { newPassword = "short" });

        await reset.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("newPassword:PasswordTooShort", await reset.FieldRulesAsync());
        await (await GetAsync(token)).ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Token_AfterARoleChange_IsRefused_AndTheNextSignInCarriesTheNewRole()
    {
        var token = await TokenAsync("county");
        await (await GetAsync(token)).ShouldBe(HttpStatusCode.OK);

        var changed = await (await As("admin")).PutAsJsonAsync(
            $"/api/v1/admin/users/{await IdOfAsync("county")}/assignment", new { role = "Admin" });

        await changed.ShouldBe(HttpStatusCode.OK);
        Assert.Equal("Admin", (await changed.JsonAsync()).GetProperty("role").GetString());
        await AssertRefusedAsync(await GetAsync(token));
        var renewed = new JwtSecurityTokenHandler().ReadJwtToken(await TokenAsync("county"));
        Assert.Equal("Admin", renewed.Claims.Single(c => c.Type == "role").Value);
    }

    [Fact]
    public async Task Token_AfterATownshipChange_IsRefused_AndTheNextSignInSeesTheNewTownship()
    {
        var token = await TokenAsync("secretary.a");

        var changed = await (await As("admin")).PutAsJsonAsync(
            $"/api/v1/admin/users/{await IdOfAsync("secretary.a")}/assignment", new { role = "TownshipSecretary", townshipId = World.B.Township.Id });

        await changed.ShouldBe(HttpStatusCode.OK);
        await AssertRefusedAsync(await GetAsync(token, $"/api/v1/townships/{World.A.Township.Id}/deputies/import-template"));
        var renewed = await TokenAsync("secretary.a");
        await (await GetAsync(renewed, $"/api/v1/townships/{World.B.Township.Id}/deputies/import-template")).ShouldBe(HttpStatusCode.OK);
        await (await GetAsync(renewed, $"/api/v1/townships/{World.A.Township.Id}/deputies/import-template")).ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task AssignmentChange_ThatBreaksTheRoleBinding_IsRefusedAndChangesNothing()
    {
        var token = await TokenAsync("secretary.a");

        var changed = await (await As("admin")).PutAsJsonAsync(
            $"/api/v1/admin/users/{await IdOfAsync("secretary.a")}/assignment", new { role = "Deputy", townshipId = World.A.Township.Id });

        await changed.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("deputyId:Required", await changed.FieldRulesAsync());
        await (await GetAsync(token)).ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task AssignmentChange_OfOwnAccount_IsRefused()
    {
        var changed = await (await As("admin")).PutAsJsonAsync(
            $"/api/v1/admin/users/{await IdOfAsync("admin")}/assignment", new { role = "CountyStaff" });

        await changed.ShouldBe(HttpStatusCode.Conflict);
        Assert.Equal("CannotChangeOwnAssignment", await changed.RuleAsync());
    }

    [Fact]
    public async Task Token_AfterTheUserChangesTheirOwnPassword_IsRefused_TheCallersToo()
    {
        var token = await TokenAsync("deputy.a");
        var other = await TokenAsync("deputy.a");

        var changed = await PostAsync(token, "/api/v1/me/password", new { currentPassword = PortalFactory.Password, newPassword = NewPassword });

        await changed.ShouldBe(HttpStatusCode.NoContent);
        await AssertRefusedAsync(await GetAsync(token));
        await AssertRefusedAsync(await GetAsync(other));
        await (await GetAsync(await TokenAsync("deputy.a", NewPassword))).ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task OwnPasswordChange_WithAWrongCurrentPassword_IsRefused_AndCountsTowardsTheLockout()
    {
        var token = await TokenAsync("deputy.a");

        var refused = await PostAsync(token, "/api/v1/me/password", new { currentPassword = "Wrong@2026pass", newPassword = NewPassword });

        await refused.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["currentPassword:CurrentPasswordMatches"], await refused.FieldRulesAsync());
        await (await GetAsync(token)).ShouldBe(HttpStatusCode.OK); // nothing changed
        for (var i = 0; i < 4; i++)
        {
            await PostAsync(token, "/api/v1/me/password", new { currentPassword = "Wrong@2026pass", newPassword = NewPassword });
        }

        await AssertRefusedAsync(await GetAsync(token)); // the fifth failure locked the account, and its token with it
    }

    [Fact]
    public async Task PortalCookie_AfterTheAccountIsLocked_IsRefused()
    {
        using var browser = Portal.Browser(followRedirects: false);
        await (await browser.SignInAsync("secretary.a", PortalFactory.Password)).ShouldBe(HttpStatusCode.Redirect);
        await (await browser.GetAsync("/proposals")).ShouldBe(HttpStatusCode.OK);

        await (await (await As("admin")).PostAsync($"/api/v1/admin/users/{await IdOfAsync("secretary.a")}/lock", null)).ShouldBe(HttpStatusCode.OK);

        var refused = await browser.GetAsync("/proposals");
        await refused.ShouldBe(HttpStatusCode.Redirect);
        Assert.Equal("/account/login", new Uri(new Uri("http://localhost"), refused.Headers.Location!).AbsolutePath);
    }

    [Fact]
    public async Task PortalCookie_AfterAPasswordReset_IsRefused()
    {
        using var browser = Portal.Browser(followRedirects: false);
        await (await browser.SignInAsync("deputy.a", PortalFactory.Password)).ShouldBe(HttpStatusCode.Redirect);
        await (await browser.GetAsync("/")).ShouldBe(HttpStatusCode.OK);

        await (await (await As("admin")).PostAsJsonAsync(
            $"/api/v1/admin/users/{await IdOfAsync("deputy.a")}/password", new { newPassword = NewPassword })).ShouldBe(HttpStatusCode.OK);

        await (await browser.GetAsync("/")).ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task Token_UsedWhileTheLockIsUncommitted_IsRefusedOnceItCommits()
    {
        var token = await TokenAsync("secretary.a");
        var id = await IdOfAsync("secretary.a");

        await using (var scope = Portal.SystemScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            await scope.ServiceProvider.GetRequiredService<IUserAccounts>().SetLockedAsync(id, locked: true, CancellationToken.None);

            // Read on another connection before the lock commits: the old stamp is still what the database shows,
            // and the request caches it.
            await (await GetAsync(token)).ShouldBe(HttpStatusCode.OK);
            await transaction.CommitAsync();
        }

        await AssertRefusedAsync(await GetAsync(token));
    }

    [Fact]
    public async Task PortalPasswordPage_ChangesThePassword_EndsTheSession_AndRefusesAWrongCurrentOne()
    {
        using (var anonymous = Portal.Browser(followRedirects: false))
        {
            var refused = await anonymous.GetAsync("/account/password");
            Assert.StartsWith("/account/login", refused.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        }

        using var browser = Portal.Browser(followRedirects: false);
        await browser.SignInAsync("deputy.a", PortalFactory.Password);

        var wrong = await browser.PostFormAsync("/account/password", new()
        {
            ["CurrentPassword"] = "Wrong@2026pass", ["NewPassword"] = NewPassword, ["ConfirmPassword"] = NewPassword,
        });
        await wrong.ShouldBe(HttpStatusCode.OK);
        Assert.Contains("当前密码不正确", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var changed = await browser.PostFormAsync("/account/password", new()
        {
            ["CurrentPassword"] = PortalFactory.Password, ["NewPassword"] = NewPassword, ["ConfirmPassword"] = NewPassword,
        });
        await changed.ShouldBe(HttpStatusCode.Redirect);
        Assert.Equal("/account/login", changed.Headers.Location?.OriginalString);

        await (await browser.GetAsync("/")).ShouldBe(HttpStatusCode.Redirect);
        await (await RequestTokenAsync("deputy.a", PortalFactory.Password)).ShouldBe(HttpStatusCode.Unauthorized);
        await (await RequestTokenAsync("deputy.a", NewPassword)).ShouldBe(HttpStatusCode.OK);
    }

    private async Task<Guid> IdOfAsync(string userName) => (await Portal.AccountAsync(userName)).Id;

    private async Task<HttpResponseMessage> RequestTokenAsync(string userName, string password)
    {
        using var anonymous = Portal.CreateClient();
        return await anonymous.PostAsJsonAsync("/api/v1/auth/token", new { userName, password });
    }

    /// <summary>A fresh token (not the fixture's cached one, which a change in this test would end).</summary>
    private async Task<string> TokenAsync(string userName, string password = PortalFactory.Password)
    {
        var response = await RequestTokenAsync(userName, password);
        await response.ShouldBe(HttpStatusCode.OK);
        return (await response.JsonAsync()).GetProperty("access_token").GetString()!;
    }

    private async Task<HttpResponseMessage> GetAsync(string token, string url = "/api/v1/me")
    {
        using var client = Portal.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await client.GetAsync(url);
    }

    private async Task<HttpResponseMessage> PostAsync(string token, string url, object body)
    {
        using var client = Portal.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await client.PostAsJsonAsync(url, body);
    }

    private static async Task AssertRefusedAsync(HttpResponseMessage response)
    {
        await response.ShouldBe(HttpStatusCode.Unauthorized);
        Assert.Equal("Bearer", Assert.Single(response.Headers.WwwAuthenticate).ToString());
    }
}
