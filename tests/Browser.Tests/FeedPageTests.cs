using System.Text.RegularExpressions;
using DeputyPortal.Browser.Tests.Support;
using Microsoft.Playwright;
using static DeputyPortal.Browser.Tests.Support.PortalPages;

namespace DeputyPortal.Browser.Tests;

/// <summary>
/// 数据接口: the secretary makes an access token for Excel, sees it once with the copy-ready feed address (which opens
/// the feed by itself), then revokes it, after which the address answers 401.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class FeedPageTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Secretary_CreatesATokenForExcel_CopiesTheFeedAddress_AndRevokesIt()
    {
        var page = await fixture.NewPageAsync();
        await SignInAsync(page);

        await page.GetByRole(AriaRole.Navigation, new() { Name = "主导航" }).GetByRole(AriaRole.Link, new() { Name = "数据接口" }).ClickAsync();
        Assert.Equal("/feed", new Uri(page.Url).AbsolutePath);
        Assert.Contains("从 OData 源", await page.Locator(".steps").InnerTextAsync(), StringComparison.Ordinal);

        await page.GetByLabel("令牌名称").FillAsync("Excel 月报");
        await page.GetByRole(AriaRole.Button, new() { Name = "创建访问令牌" }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);

        var token = await page.Locator("#newToken").InputValueAsync();
        var feedUrl = await page.Locator("#feedUrl").InputValueAsync();
        Assert.Matches(TokenShape(), token);
        Assert.EndsWith("/odata/Proposals?access_token=" + token, feedUrl, StringComparison.Ordinal);
        await page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        await page.Locator("button[data-copy=feedUrl]").ClickAsync();
        // The label changes once the clipboard's promise settles, after the click has returned.
        await page.Locator("button[data-copy=feedUrl]", new() { HasText = "已复制" }).WaitForAsync();
        var row = page.Locator("tr.token", new() { HasText = "Excel 月报" });
        Assert.Equal("有效", (await row.Locator(".status").InnerTextAsync()).Trim());

        var feed = await page.Context.APIRequest.GetAsync(feedUrl);
        Assert.Equal(200, feed.Status);

        await row.GetByRole(AriaRole.Button, new() { Name = "撤销 Excel 月报" }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);

        Assert.Contains("已撤销", await page.Locator("[role=status]").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("已撤销", (await page.Locator("tr.token", new() { HasText = "Excel 月报" }).Locator(".status").InnerTextAsync()).Trim());
        Assert.Equal(0, await page.Locator("#newToken").CountAsync());
        Assert.DoesNotContain(token, await page.ContentAsync(), StringComparison.Ordinal);
        var refused = await page.Context.APIRequest.GetAsync(feedUrl);
        Assert.Equal(401, refused.Status);
    }

    [GeneratedRegex("^dpat_[A-Za-z0-9_-]{43}$")]
    private static partial Regex TokenShape();
}
