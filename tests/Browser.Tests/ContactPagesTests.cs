using DeputyPortal.Browser.Tests.Support;
using Microsoft.Playwright;
using static DeputyPortal.Browser.Tests.Support.PortalPages;

namespace DeputyPortal.Browser.Tests;

/// <summary>A deputy logs a contact with constituents on a phone, in one screen, and finds it in their ledger.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ContactPagesTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Deputy_OnAPhone_LogsAContactAndSeesItListed()
    {
        var page = await fixture.NewPageAsync(PhoneWidth, PhoneHeight);
        await SignInAsDeputyAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "联系选民" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "登记联系选民" }).ClickAsync();

        Assert.Equal("/contacts/new", new Uri(page.Url).AbsolutePath);
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(today, await page.GetByLabel("联系日期").InputValueAsync());
        Assert.Equal(PortalServer.ConstituentNames.Length, await page.Locator("fieldset.constituents input[type=checkbox]").CountAsync());
        Assert.DoesNotContain("1390000000", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal); // names and villages only
        Assert.False(await ScrollsHorizontallyAsync(page));

        await page.GetByLabel("联系方式").SelectOptionAsync(new SelectOptionValue { Label = "电话" });
        await page.GetByLabel(PortalServer.ConstituentNames[0]).CheckAsync();
        await page.GetByLabel("联系情况").FillAsync("电话询问春耕用水情况。");
        await page.GetByPlaceholder("问题1").FillAsync("灌溉渠淤塞需要清理");
        await page.GetByRole(AriaRole.Button, new() { Name = "提交" }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);

        Assert.Equal("/contacts", new Uri(page.Url).AbsolutePath);
        Assert.Contains("已登记", await page.Locator("[role=status]").InnerTextAsync(), StringComparison.Ordinal);
        var entry = page.Locator("li.contact", new() { HasText = "电话询问春耕用水情况。" });
        var text = await entry.InnerTextAsync();
        Assert.Contains(today, text, StringComparison.Ordinal);
        Assert.Contains("电话", text, StringComparison.Ordinal);
        Assert.Contains("联系对象：" + PortalServer.ConstituentNames[0], text, StringComparison.Ordinal);
        Assert.Contains("灌溉渠淤塞需要清理", text, StringComparison.Ordinal);
        Assert.False(await ScrollsHorizontallyAsync(page));
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "deputyportal-contacts-phone.png"), FullPage = true });
    }

    [Fact]
    public async Task Deputy_SubmittingAnIncompleteForm_SeesTheReasonsInChineseNextToTheFields()
    {
        var page = await fixture.NewPageAsync(PhoneWidth, PhoneHeight);
        await SignInAsDeputyAsync(page);
        await page.GotoAsync("/contacts/new");

        await page.GetByRole(AriaRole.Button, new() { Name = "提交" }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);

        Assert.Equal("/contacts/new", new Uri(page.Url).AbsolutePath);
        Assert.Equal("联系情况不能为空。", (await page.Locator("#summary ~ .field-error").First.InnerTextAsync()).Trim());

        await page.GetByLabel("联系情况").FillAsync("走访未遇到人。");
        await page.GetByRole(AriaRole.Button, new() { Name = "提交" }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);

        Assert.Equal("请选择联系的选民，或填写联系人。", (await page.Locator("fieldset.constituents .field-error").InnerTextAsync()).Trim());
        Assert.Equal("走访未遇到人。", await page.GetByLabel("联系情况").InputValueAsync());
    }

    private static async Task SignInAsDeputyAsync(IPage page)
    {
        await page.GotoAsync("/account/login");
        await page.GetByLabel("用户名").FillAsync(PortalServer.DeputyUserName);
        await page.GetByLabel("密码").FillAsync(PortalServer.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
    }
}
