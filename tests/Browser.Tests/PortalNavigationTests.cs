using DeputyPortal.Browser.Tests.Support;
using Microsoft.Playwright;

namespace DeputyPortal.Browser.Tests;

/// <summary>
/// A deputy on a 375 px phone: the navigation is folded behind 菜单 and opens from it, listing only the pages a deputy
/// may use (no 达标情况, 履职情况 or 数据接口); it leads to them; /compliance, opened by hand, is the Chinese 403 page
/// at the address opened, with nothing of what was refused; an unknown address is the Chinese 404 page.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PortalNavigationTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Deputy_OnAPhone_OpensTheMenu_SeesOnlyTheirPages_AndIsRefusedComplianceInChinese()
    {
        var page = await fixture.NewPageAsync(375, 812);
        await page.GotoAsync("/account/login");
        await page.GetByLabel("用户名").FillAsync(PortalServer.DeputyUserName);
        await page.GetByLabel("密码").FillAsync(PortalServer.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);

        var nav = page.GetByRole(AriaRole.Navigation, new() { Name = "主导航" });
        var menu = nav.GetByRole(AriaRole.Button, new() { Name = "菜单" });
        Assert.True(await menu.IsVisibleAsync());
        Assert.False(await nav.GetByRole(AriaRole.Link, new() { Name = "建议办理" }).IsVisibleAsync());
        Assert.Equal("false", await menu.GetAttributeAsync("aria-expanded"));

        await menu.ClickAsync();
        Assert.Equal("true", await menu.GetAttributeAsync("aria-expanded"));
        var entries = (await nav.GetByRole(AriaRole.Link).AllInnerTextsAsync()).Select(e => e.Trim()).ToList();
        Assert.Equal(["首页", "建议办理", "联系选民", "述职评议", "代表活动", "人代会会议", "代表", "选民", "承办单位", "代表小组", "我的履职"], entries);
        Assert.Equal("page", await nav.GetByRole(AriaRole.Link, new() { Name = "首页" }).GetAttributeAsync("aria-current"));
        Assert.False(await PortalPages.ScrollsHorizontallyAsync(page));

        await nav.GetByRole(AriaRole.Link, new() { Name = "我的履职" }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        Assert.Equal("/me/profile", new Uri(page.Url).AbsolutePath);
        Assert.False(await nav.GetByRole(AriaRole.Link, new() { Name = "首页" }).IsVisibleAsync()); // a new page starts folded

        var missing = await page.GotoAsync("/no-such-page");
        Assert.Equal(404, missing!.Status);
        Assert.Equal("页面不存在", (await page.Locator("main h1").InnerTextAsync()).Trim());

        var refused = await page.GotoAsync("/compliance");
        Assert.Equal(403, refused!.Status);
        Assert.Equal("/compliance", new Uri(page.Url).AbsolutePath);
        Assert.StartsWith("text/html", refused.Headers["content-type"], StringComparison.Ordinal);
        Assert.Equal("无权访问", (await page.Locator("main h1").InnerTextAsync()).Trim());
        var text = await page.Locator("main").InnerTextAsync();
        Assert.Contains("您的账号无权使用此页面", text, StringComparison.Ordinal);
        Assert.DoesNotContain("R3", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Forbidden", await page.ContentAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(1, await page.GetByRole(AriaRole.Link, new() { Name = "返回首页" }).CountAsync());
        Assert.False(await PortalPages.ScrollsHorizontallyAsync(page));
        await page.ScreenshotAsync(new() { Path = Screenshots.PathFor("deputy-compliance-403-phone"), FullPage = true });
    }
}
