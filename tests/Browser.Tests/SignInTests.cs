using DeputyPortal.Browser.Tests.Support;
using static DeputyPortal.Browser.Tests.Support.PortalPages;
using Microsoft.Playwright;

namespace DeputyPortal.Browser.Tests;

/// <summary>The portal sign-in as a secretary meets it: in a real Chromium against the real application.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SignInTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Home_WhenSignedOut_LeadsToTheChineseSignInPage()
    {
        var page = await fixture.NewPageAsync();

        var response = await page.GotoAsync("/");

        Assert.Equal(200, response!.Status);
        Assert.Equal("/account/login", new Uri(page.Url).AbsolutePath);
        Assert.Equal("zh-CN", await page.GetAttributeAsync("html", "lang"));
        Assert.Equal("登录", (await page.Locator("h1").InnerTextAsync()).Trim());
        Assert.StartsWith("登录", await page.TitleAsync(), StringComparison.Ordinal);
        Assert.True(await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).IsVisibleAsync());
    }

    [Fact]
    public async Task SignIn_WithWrongPassword_StaysAndSaysWhy()
    {
        var page = await fixture.NewPageAsync();

        await SignInAsync(page, "Wrong@2026pass");

        Assert.Equal("/account/login", new Uri(page.Url).AbsolutePath);
        Assert.Equal("用户名或密码错误，或账户已被锁定。", (await page.GetByRole(AriaRole.Alert).InnerTextAsync()).Trim());
        Assert.DoesNotContain(await page.Context.CookiesAsync(), c => c.Name == "deputyportal"); // not signed in
    }

    [Fact]
    public async Task SignIn_WithRightPassword_LandsOnHomeWithNameRoleAndTownship()
    {
        var page = await fixture.NewPageAsync();

        await SignInAsync(page, PortalServer.Password);

        Assert.Equal("/", new Uri(page.Url).AbsolutePath);
        Assert.Contains(PortalServer.SecretaryDisplayName, await page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
        var profile = await page.Locator("dl.profile").InnerTextAsync();
        Assert.Contains("人大主席团秘书", profile, StringComparison.Ordinal);
        Assert.Contains(PortalServer.TownshipName, profile, StringComparison.Ordinal);
        Assert.Equal(PortalServer.SecretaryDisplayName, (await page.Locator("header .who").InnerTextAsync()).Trim());
    }

    [Fact]
    public async Task SignOut_EndsTheSession()
    {
        var page = await fixture.NewPageAsync();
        await SignInAsync(page, PortalServer.Password);

        var signOut = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "退出" }).ClickAsync(),
            r => r.Request.Method == "POST" && new Uri(r.Url).AbsolutePath == "/account/logout");
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);

        Assert.Equal(302, signOut.Status); // accepted (a form without its antiforgery token is answered 400)
        Assert.Equal("/account/login", new Uri(page.Url).AbsolutePath);
        await page.GotoAsync("/");
        Assert.Equal("/account/login", new Uri(page.Url).AbsolutePath);
    }

    [Fact]
    public async Task OnAPhone_SignInAndHomeFitTheScreenWithoutSidewaysScrolling()
    {
        var page = await fixture.NewPageAsync(PhoneWidth, PhoneHeight);

        await page.GotoAsync("/account/login");
        Assert.False(await ScrollsHorizontallyAsync(page), "the sign-in page is wider than a phone screen");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "deputyportal-login-phone.png"), FullPage = true });

        await SignInAsync(page, PortalServer.Password);

        Assert.Equal("/", new Uri(page.Url).AbsolutePath);
        Assert.False(await ScrollsHorizontallyAsync(page), "the home page is wider than a phone screen");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "deputyportal-home-phone.png"), FullPage = true });
    }
}
