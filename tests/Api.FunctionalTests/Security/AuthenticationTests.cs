using System.IdentityModel.Tokens.Jwt;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text;
using DeputyPortal.Api.FunctionalTests.Support;
using Microsoft.IdentityModel.Tokens;

namespace DeputyPortal.Api.FunctionalTests.Security;

public sealed class AuthenticationTests(PortalFactory portal) : PortalTest(portal)
{
    /// <summary>The key PortalFactory configures (Auth:SigningKey), so a test can forge a token the server would otherwise accept.</summary>
    private const string ServerSigningKey = "functional-tests-signing-key-0123456789abcdef";

    public static TheoryData<string> BaselineUsers =>
        ["admin", "county", "secretary.a", "secretary.b", "presidium.a", "presidium.b", "deputy.a", "deputy.b", "deputy2.a", "unit.a", "unit.b"];

    private async Task<HttpResponseMessage> RequestTokenAsync(string userName, string password)
    {
        using var anonymous = Portal.CreateClient();
        return await anonymous.PostAsJsonAsync("/api/v1/auth/token", new { userName, password });
    }

    /// <summary>A token for the real admin account (its id and current security stamp), signed with the given key.</summary>
    private async Task<string> ForgeAsync(string key, DateTime expires)
    {
        var (id, stamp) = await Portal.AccountAsync("admin");
        var token = new JwtSecurityToken(
            issuer: "DeputyPortal",
            audience: "DeputyPortal",
            claims: [new Claim("sub", id.ToString()), new Claim("name", "admin"), new Claim("role", "Admin"), new Claim("stamp", stamp)],
            notBefore: expires.AddHours(-1),
            expires: expires,
            signingCredentials: new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key)), SecurityAlgorithms.HmacSha256));
        return new JwtSecurityTokenHandler().WriteToken(token);
    }

    private async Task<HttpResponseMessage> GetWithBearerAsync(string token)
    {
        using var client = Portal.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await client.GetAsync("/api/v1/handling-units");
    }

    [Theory]
    [MemberData(nameof(BaselineUsers))]
    public async Task Token_ForEachBaselineUser_IsIssuedAndOpensTheApi(string userName)
    {
        var response = await RequestTokenAsync(userName, PortalFactory.Password);

        await response.ShouldBe(HttpStatusCode.OK);
        var answer = await response.JsonAsync();
        Assert.Equal("Bearer", answer.GetProperty("token_type").GetString());
        Assert.Equal(3600, answer.GetProperty("expires_in").GetInt32());
        var claims = new JwtSecurityTokenHandler().ReadJwtToken(answer.GetProperty("access_token").GetString());
        Assert.Equal(userName, claims.Claims.Single(c => c.Type == "name").Value);
        await (await GetWithBearerAsync(answer.GetProperty("access_token").GetString()!)).ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Token_WithWrongPassword_IsUnauthorizedProblem()
    {
        var response = await RequestTokenAsync("secretary.a", "Wrong@2026pass");

        await response.ShouldBe(HttpStatusCode.Unauthorized);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.JsonAsync();
        Assert.Equal(401, problem.GetProperty("status").GetInt32());
        Assert.Equal("用户名或密码错误，或账户已被锁定。", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Token_ForUnknownUser_AnswersLikeAWrongPassword()
    {
        var response = await RequestTokenAsync("nobody", PortalFactory.Password);

        await response.ShouldBe(HttpStatusCode.Unauthorized);
        Assert.Equal("用户名或密码错误，或账户已被锁定。", (await response.JsonAsync()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Token_AfterFiveWrongPasswords_IsRefusedEvenWithTheRightOne()
    {
        for (var i = 0; i < 4; i++)
        {
            await (await RequestTokenAsync("deputy.a", "Wrong@2026pass")).ShouldBe(HttpStatusCode.Unauthorized);
        }

        await (await RequestTokenAsync("deputy.a", PortalFactory.Password)).ShouldBe(HttpStatusCode.OK); // four failures: not yet locked

        for (var i = 0; i < 5; i++)
        {
            await RequestTokenAsync("deputy.a", "Wrong@2026pass");
        }

        var response = await RequestTokenAsync("deputy.a", PortalFactory.Password);

        await response.ShouldBe(HttpStatusCode.Unauthorized);
        Assert.Equal("用户名或密码错误，或账户已被锁定。", (await response.JsonAsync()).GetProperty("detail").GetString());
        await (await RequestTokenAsync("deputy2.a", PortalFactory.Password)).ShouldBe(HttpStatusCode.OK); // only that account
    }

    [Theory]
    [InlineData("/api/v1/handling-units")]
    [InlineData("/api/v1/calendar?year=2026")]
    [InlineData("/api/v1/admin/users")]
    [InlineData("/api/v1/admin/audit/verify")]
    public async Task Api_WithoutToken_IsUnauthorized(string url)
    {
        using var anonymous = Portal.CreateClient();

        var response = await anonymous.GetAsync(url);

        await response.ShouldBe(HttpStatusCode.Unauthorized);
        Assert.Contains(response.Headers.WwwAuthenticate, h => h.Scheme == "Bearer");
    }

    [Fact]
    public async Task Api_WithOnlyThePortalCookie_IsUnauthorized()
    {
        using var browser = Portal.Browser(); // keeps cookies and follows redirects, like a browser

        var signIn = await browser.SignInAsync("secretary.a", PortalFactory.Password);

        await signIn.ShouldBe(HttpStatusCode.OK);
        Assert.Contains("茶亭镇秘书", WebUtility.HtmlDecode(await signIn.Content.ReadAsStringAsync())); // signed in to the portal
        await (await browser.GetAsync("/api/v1/handling-units")).ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Api_WithExpiredToken_IsUnauthorized()
    {
        var fresh = await ForgeAsync(ServerSigningKey, TestWorld.Now.UtcDateTime.AddMinutes(30));
        var expired = await ForgeAsync(ServerSigningKey, TestWorld.Now.UtcDateTime.AddMinutes(-5));

        var freshResponse = await GetWithBearerAsync(fresh);
        var expiredResponse = await GetWithBearerAsync(expired);

        await freshResponse.ShouldBe(HttpStatusCode.OK); // the forged token is otherwise valid: only expiry refuses it
        await expiredResponse.ShouldBe(HttpStatusCode.Unauthorized);
        Assert.Equal("Bearer", Assert.Single(expiredResponse.Headers.WwwAuthenticate).ToString()); // no reason given
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl")]
    public async Task Api_WithGarbageToken_IsUnauthorized(string token)
    {
        await (await GetWithBearerAsync(token)).ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Api_WithTokenSignedByAnotherKey_IsUnauthorized()
    {
        var forged = await ForgeAsync("some-other-signing-key-0123456789abcdef-xyz", TestWorld.Now.UtcDateTime.AddMinutes(30));

        await (await GetWithBearerAsync(forged)).ShouldBe(HttpStatusCode.Unauthorized);
    }
}
