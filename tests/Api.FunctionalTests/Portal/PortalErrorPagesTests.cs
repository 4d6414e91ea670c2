using System.Net;
using DeputyPortal.Api.FunctionalTests.Support;
using DeputyPortal.Application.Common.Security;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace DeputyPortal.Api.FunctionalTests.Portal;

/// <summary>
/// Portal routes answer people with Chinese HTML pages that say what to do and nothing of what failed; the machine
/// routes (/api, /odata) keep answering RFC 9457 problem details.
/// </summary>
public sealed class PortalErrorPagesTests(PortalFactory portal) : PortalTest(portal)
{
    private const string Secret = "Host=db.internal;Password=hunter2 stack-secret";

    [Fact]
    public async Task AnUnknownPortalAddress_IsTheChinese404Page_SignedInOrNot()
    {
        using var anonymous = Portal.Browser(followRedirects: false);
        using var browser = Portal.Browser(followRedirects: false);
        await (await browser.SignInAsync("deputy.a", PortalFactory.Password)).ShouldBe(HttpStatusCode.Redirect);

        foreach (var client in new[] { anonymous, browser })
        {
            using var response = await client.GetAsync("/no-such-page/at-all");
            await response.ShouldBe(HttpStatusCode.NotFound);
            Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
            var body = await response.Content.ReadAsStringAsync();
            Assert.Contains("<h1>页面不存在</h1>", body, StringComparison.Ordinal);
            Assert.Contains("lang=\"zh-CN\"", body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task AnUnknownApiAddress_IsStillProblemDetails()
    {
        foreach (var client in new[] { Portal.CreateClient(), await As("secretary.a") })
        {
            using var response = await client.GetAsync("/api/v1/no-such-resource");
            await response.ShouldBe(HttpStatusCode.NotFound);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal(404, (await response.JsonAsync()).GetProperty("status").GetInt32());
        }

        using var feed = await (await As("county")).GetAsync("/odata/NoSuchSet");
        await feed.ShouldBe(HttpStatusCode.NotFound);
        Assert.NotEqual("text/html", feed.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task AFailureOnAPortalPage_IsTheChinese500Page_WithNothingOfTheException()
    {
        await using var failing = Portal.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.AddScoped<IRequestPermissions, FailingPermissions>()));
        using var browser = failing.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        await (await browser.SignInAsync("secretary.a", PortalFactory.Password)).ShouldBe(HttpStatusCode.Redirect);

        using var response = await browser.GetAsync("/reviews");

        await response.ShouldBe(HttpStatusCode.InternalServerError);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("<h1>系统出错</h1>", body, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", body, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", body, StringComparison.Ordinal);
        Assert.DoesNotContain("FailingPermissions", body, StringComparison.Ordinal);
        Assert.DoesNotContain(" at DeputyPortal", body, StringComparison.Ordinal);

        // The API of the same host still answers problem details for its own failures.
        using var api = await failing.CreateClient().GetAsync("/api/v1/nothing-here");
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
    }

    private sealed class FailingPermissions : IRequestPermissions
    {
        public bool MaySend(Type requestType) => throw new InvalidOperationException(Secret);

        public bool MaySend<TRequest>() => MaySend(typeof(TRequest));
    }
}
