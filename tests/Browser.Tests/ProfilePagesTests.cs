using DeputyPortal.Browser.Tests.Support;
using Microsoft.Playwright;
using static DeputyPortal.Browser.Tests.Support.PortalPages;

namespace DeputyPortal.Browser.Tests;

/// <summary>A deputy reads 我的履职 on a 375 px phone; the secretary sorts 履职情况 by score and opens an archive.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ProfilePagesTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Deputy_ReadsTheirProfileOnAPhone_AndSecretary_SortsTheTownshipsProfiles()
    {
        var phone = await fixture.NewPageAsync(375, 812);
        await phone.GotoAsync("/account/login");
        await phone.GetByLabel("用户名").FillAsync(PortalServer.DeputyUserName);
        await phone.GetByLabel("密码").FillAsync(PortalServer.Password);
        await phone.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await phone.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        Assert.Equal(0, await phone.GetByRole(AriaRole.Link, new() { Name = "履职情况" }).CountAsync());

        await phone.GetByRole(AriaRole.Link, new() { Name = "我的履职" }).ClickAsync();
        await phone.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        Assert.Equal("/me/profile", new Uri(phone.Url).AbsolutePath);
        Assert.True(int.TryParse(await phone.GetByTestId("score").InnerTextAsync(), out _));
        Assert.True(int.Parse(await phone.GetByTestId("rank").InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture) >= 1);
        Assert.Contains("履职明细", await phone.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        Assert.False(await ScrollsHorizontallyAsync(phone));

        var page = await fixture.NewPageAsync();
        await SignInAsync(page);
        await page.GetByRole(AriaRole.Navigation, new() { Name = "主导航" }).GetByRole(AriaRole.Link, new() { Name = "履职情况" }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        Assert.Equal("/profiles", new Uri(page.Url).AbsolutePath);

        var scores = page.Locator("table.profiles tbody td.score");
        var descending = (await scores.AllInnerTextsAsync()).Select(int.Parse).ToList();
        Assert.NotEmpty(descending);
        Assert.Equal(descending.OrderByDescending(s => s), descending);

        await page.Locator("th a[data-sort=score]").ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        var ascending = (await scores.AllInnerTextsAsync()).Select(int.Parse).ToList();
        Assert.Equal(ascending.Order(), ascending);
        Assert.Contains("sort=score", page.Url, StringComparison.Ordinal);

        await page.GetByRole(AriaRole.Link, new() { Name = "打印" }).First.ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        Assert.EndsWith("/archive", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        Assert.Contains("代表履职档案", await page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
    }
}
