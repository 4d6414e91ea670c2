using DeputyPortal.Browser.Tests.Support;
using Microsoft.Playwright;
using static DeputyPortal.Browser.Tests.Support.PortalPages;

namespace DeputyPortal.Browser.Tests;

/// <summary>
/// The secretary records a deputy's report to the voters (述职评议): a form without the deputy, the form and the report
/// is refused with all three messages at once beside their fields and everything typed kept; a tally over the number
/// present is then refused beside
/// the tally with everything typed kept; fixed, it saves, shows its rate and proposed outcome, and is in the list.
/// A deputy reads reviews but cannot open the record form.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ReviewPagesTests(BrowserFixture fixture)
{
    private const string Report = "本人任期内参加代表活动十二次，提出建议三件。";

    [Fact]
    public async Task Secretary_RecordsAReview_FixingATallyOverThePresentCount_AndFindsItListed()
    {
        var page = await fixture.NewPageAsync(PhoneWidth, PhoneHeight);
        await SignInAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "述职评议" }).ClickAsync();
        Assert.Equal("/reviews", new Uri(page.Url).AbsolutePath);
        await page.GetByRole(AriaRole.Link, new() { Name = "登记述职评议" }).ClickAsync();
        Assert.Equal("/reviews/new", new Uri(page.Url).AbsolutePath);

        // First without the deputy, the form and the report: every message at once, each beside its field.
        await page.GetByLabel("述职日期").FillAsync("2025-11-20");
        await page.GetByLabel("地点").FillAsync("茶亭村村委会");
        await page.GetByLabel("参加评议的选民代表人数").FillAsync("30");
        await page.GetByLabel("满意", new() { Exact = true }).FillAsync("25");
        await page.GetByLabel("基本满意").FillAsync("4");
        await page.GetByLabel("不满意").FillAsync("2");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);

        Assert.Equal("/reviews/new", new Uri(page.Url).AbsolutePath);
        Assert.Equal("述职代表不能为空。", (await page.Locator("#deputyId + .field-error").InnerTextAsync()).Trim());
        Assert.Equal("述职报告不能为空。", (await page.Locator("#reportText + .field-error").InnerTextAsync()).Trim());
        Assert.Contains("述职形式", await page.Locator("fieldset.form-choice .field-error").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(3, await page.GetByRole(AriaRole.Alert).Locator("li").CountAsync());
        Assert.Equal("茶亭村村委会", await page.GetByLabel("地点").InputValueAsync());
        Assert.Equal("2025-11-20", await page.GetByLabel("述职日期").InputValueAsync());
        Assert.Equal("30", await page.GetByLabel("参加评议的选民代表人数").InputValueAsync());
        Assert.Equal("2", await page.GetByLabel("不满意").InputValueAsync());
        await page.ScreenshotAsync(new() { Path = Screenshots.PathFor("review-form-errors-phone"), FullPage = true });

        await page.GetByLabel("述职代表").SelectOptionAsync(new SelectOptionValue { Label = PortalServer.LeadDeputyName });
        await page.GetByLabel("口头").CheckAsync();
        await page.GetByLabel("述职报告").FillAsync(Report);
        await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);

        Assert.Equal("/reviews/new", new Uri(page.Url).AbsolutePath);
        Assert.Equal(
            "满意、基本满意、不满意票数合计不能超过参加评议的选民代表人数（30人）。",
            (await page.Locator("fieldset.tally .field-error").InnerTextAsync()).Trim());
        Assert.Equal("25", await page.GetByLabel("满意", new() { Exact = true }).InputValueAsync());
        Assert.Equal("2", await page.GetByLabel("不满意").InputValueAsync());
        Assert.Equal(Report, await page.GetByLabel("述职报告").InputValueAsync());
        Assert.Equal("茶亭村村委会", await page.GetByLabel("地点").InputValueAsync());
        Assert.True(await page.GetByLabel("口头").IsCheckedAsync());
        Assert.Equal("2025-11-20", await page.GetByLabel("述职日期").InputValueAsync());
        Assert.False(await ScrollsHorizontallyAsync(page));

        await page.GetByLabel("不满意").FillAsync("1");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);

        Assert.Matches("^/reviews/[0-9a-f-]{36}$", new Uri(page.Url).AbsolutePath);
        var detail = await page.Locator("main").InnerTextAsync();
        Assert.Contains("96.67%", detail, StringComparison.Ordinal); // (25 + 4) / 30
        Assert.Contains("待确认", detail, StringComparison.Ordinal);
        Assert.Contains(Report, detail, StringComparison.Ordinal);
        await page.GetByRole(AriaRole.Link, new() { Name = "修改", Exact = true }).ClickAsync();
        Assert.EndsWith("/edit", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        Assert.Equal("1", await page.GetByLabel("不满意").InputValueAsync());
        await page.GetByLabel("评议结果").SelectOptionAsync(new SelectOptionValue { Label = "称职" }); // the secretary changes the proposal
        await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        Assert.Matches("^/reviews/[0-9a-f-]{36}$", new Uri(page.Url).AbsolutePath);
        Assert.Equal("称职", (await page.Locator("dd.outcome").InnerTextAsync()).Trim());

        await page.GetByRole(AriaRole.Link, new() { Name = "返回述职评议" }).ClickAsync();
        var row = page.Locator("tr.review", new() { HasText = "2025-11-20" });
        var text = await row.InnerTextAsync();
        Assert.Contains(PortalServer.LeadDeputyName, text, StringComparison.Ordinal);
        Assert.Contains("96.67%", text, StringComparison.Ordinal);
        Assert.Contains("称职", text, StringComparison.Ordinal);
        Assert.DoesNotContain("待确认", text, StringComparison.Ordinal);
        Assert.Contains("口头", text, StringComparison.Ordinal);

        await page.GetByRole(AriaRole.Link, new() { Name = "满意率" }).ClickAsync();
        Assert.Equal("-satisfactionRate", System.Web.HttpUtility.ParseQueryString(new Uri(page.Url).Query)["sort"]);
        Assert.Equal(1, await page.Locator("tr.review", new() { HasText = "2025-11-20" }).CountAsync());
        Assert.False(await ScrollsHorizontallyAsync(page));
    }

    [Fact]
    public async Task Deputy_ReadsReviewsButCannotOpenTheRecordForm()
    {
        var page = await fixture.NewPageAsync(PhoneWidth, PhoneHeight);
        await page.GotoAsync("/account/login");
        await page.GetByLabel("用户名").FillAsync(PortalServer.DeputyUserName);
        await page.GetByLabel("密码").FillAsync(PortalServer.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);

        await page.GetByRole(AriaRole.Link, new() { Name = "述职评议" }).ClickAsync();
        Assert.Equal("/reviews", new Uri(page.Url).AbsolutePath);
        Assert.Equal(0, await page.GetByRole(AriaRole.Link, new() { Name = "登记述职评议" }).CountAsync());

        var refused = await page.GotoAsync("/reviews/new"); // RecordReview is the secretary's: the 403 page, where it was opened
        Assert.Equal(403, refused!.Status);
        Assert.Equal("/reviews/new", new Uri(page.Url).AbsolutePath);
        Assert.Equal("无权访问", (await page.Locator("h1").InnerTextAsync()).Trim());
        Assert.Equal(0, await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).CountAsync());
    }
}
