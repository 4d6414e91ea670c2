using System.Net;
using System.Net.Http.Headers;
using DeputyPortal.Api.FunctionalTests.Support;

namespace DeputyPortal.Api.FunctionalTests.Security;

/// <summary>
/// What responses tell a browser and a caller: portal pages carry the content security policy and the framing,
/// sniffing and referrer headers; a 401 says only that authentication is required.
/// </summary>
public sealed class ResponseHeadersTests(PortalFactory portal) : PortalTest(portal)
{
    [Theory]
    [InlineData("/account/login")]
    [InlineData("/")]
    [InlineData("/proposals")]
    public async Task PortalPage_CarriesTheBrowserDefences(string path)
    {
        using var browser = Portal.Browser();
        await (await browser.SignInAsync("secretary.a", PortalFactory.Password)).ShouldBe(HttpStatusCode.OK);

        var response = await browser.GetAsync(path);

        await response.ShouldBe(HttpStatusCode.OK);
        var csp = Header(response, "Content-Security-Policy");
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("style-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("same-origin", Header(response, "Referrer-Policy"));
    }

    [Fact]
    public async Task PortalPages_HaveNoInlineScriptOrStyle_SoThePolicyBreaksNothing()
    {
        using var browser = Portal.Browser();
        await (await browser.SignInAsync("secretary.a", PortalFactory.Password)).ShouldBe(HttpStatusCode.OK);

        foreach (var path in new[] { "/", "/proposals", "/contacts", "/compliance", "/account/login" })
        {
            var html = await (await browser.GetAsync(path)).Content.ReadAsStringAsync();
            Assert.DoesNotContain("<script>", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<style", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(" style=", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(" onclick=", html, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task ErrorAnswer_OfTheApi_CarriesTheHeadersToo()
    {
        var response = await (await As("secretary.a")).GetAsync($"/api/v1/deputies/{Guid.NewGuid()}");

        await response.ShouldBe(HttpStatusCode.NotFound);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Contains("frame-ancestors 'none'", Header(response, "Content-Security-Policy"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("garbage")]
    [InlineData("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl")]
    public async Task Unauthorized_SaysOnlyThatAuthenticationIsRequired(string? token)
    {
        using var client = Portal.CreateClient();
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        var response = await client.GetAsync("/api/v1/me");

        await response.ShouldBe(HttpStatusCode.Unauthorized);
        var challenge = Assert.Single(response.Headers.WwwAuthenticate);
        Assert.Equal(("Bearer", null), (challenge.Scheme, challenge.Parameter));
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.JsonAsync();
        Assert.Equal(401, problem.GetProperty("status").GetInt32());
        Assert.Equal("需要身份验证", problem.GetProperty("title").GetString());
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values)
        : response.Content.Headers.TryGetValues(name, out var content) ? string.Join(", ", content)
        : throw new Xunit.Sdk.XunitException($"the response has no {name} header");
}
