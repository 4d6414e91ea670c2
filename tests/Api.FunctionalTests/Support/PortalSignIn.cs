using System.Net;
using System.Text.RegularExpressions;
using DeputyPortal.Infrastructure.Persistence;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DeputyPortal.Api.FunctionalTests.Support;

/// <summary>Signs in through the portal's own form, as a browser does, and finds accounts of the baseline world.</summary>
public static partial class PortalSignIn
{
    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    /// <summary>A client that keeps cookies; it follows redirects unless told not to, so a refused cookie shows as a redirect.</summary>
    public static HttpClient Browser(this PortalFactory portal, bool followRedirects = true) =>
        portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = followRedirects, HandleCookies = true });

    /// <summary>Posts the sign-in form (with its antiforgery token) and answers what the browser then sees.</summary>
    public static async Task<HttpResponseMessage> SignInAsync(this HttpClient browser, string userName, string password)
    {
        var loginPage = await (await browser.GetAsync("/account/login")).Content.ReadAsStringAsync();
        var antiforgery = AntiforgeryField().Match(loginPage).Groups[1].Value;
        return await browser.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = userName,
            ["Password"] = password,
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(antiforgery),
        }));
    }

    /// <summary>A browser (not following redirects) signed in as the given baseline account.</summary>
    public static async Task<HttpClient> SignedInBrowserAsync(this PortalFactory portal, string userName)
    {
        var browser = portal.Browser(followRedirects: false);
        await (await browser.SignInAsync(userName, PortalFactory.Password)).ShouldBe(HttpStatusCode.Redirect);
        return browser;
    }

    /// <summary>A portal page that must open (200), as text with its HTML entities decoded.</summary>
    public static async Task<string> PageTextAsync(this HttpClient browser, string url)
    {
        using var response = await browser.GetAsync(url);
        await response.ShouldBe(HttpStatusCode.OK);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    /// <summary>Opens a portal form page and posts it with the fields given and the page's antiforgery token.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient browser, string url, Dictionary<string, string> fields)
    {
        var page = await (await browser.GetAsync(url)).Content.ReadAsStringAsync();
        fields["__RequestVerificationToken"] = WebUtility.HtmlDecode(AntiforgeryField().Match(page).Groups[1].Value);
        return await browser.PostAsync(url, new FormUrlEncodedContent(fields));
    }

    /// <summary>The id and current security stamp of an account, read from the identity tables.</summary>
    public static async Task<(Guid Id, string Stamp)> AccountAsync(this PortalFactory portal, string userName)
    {
        await using var scope = portal.SystemScope();
        var user = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Users.AsNoTracking().SingleAsync(u => u.UserName == userName);
        return (user.Id, user.SecurityStamp!);
    }
}
