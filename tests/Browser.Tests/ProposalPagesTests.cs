using DeputyPortal.Browser.Tests.Support;
using Microsoft.Playwright;
using static DeputyPortal.Browser.Tests.Support.PortalPages;

namespace DeputyPortal.Browser.Tests;

/// <summary>The proposal pages as a secretary uses them on a phone: the list with its warning colours, and one proposal's handling.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ProposalPagesTests(BrowserFixture fixture)
{
    [Fact]
    public async Task List_OnAPhone_ShowsTheOverdueProposalInRedWithoutSidewaysScrolling()
    {
        var page = await fixture.NewPageAsync(PhoneWidth, PhoneHeight);
        await SignInAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "建议办理" }).ClickAsync();

        Assert.Equal("/proposals", new Uri(page.Url).AbsolutePath);
        var card = page.Locator("li.proposal", new() { HasText = PortalServer.OverdueTitle });
        Assert.Contains(PortalServer.OverdueNumber, await card.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("已交办", await card.InnerTextAsync(), StringComparison.Ordinal);
        Assert.StartsWith("逾期", await card.Locator(".warn-red").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("主办单位：" + PortalServer.LeadUnitName, await card.InnerTextAsync(), StringComparison.Ordinal);
        // The deputy's draft beside it is private until submitted (issue 15 §7): the secretary's list does not show it.
        Assert.Contains("共 1 件", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(PortalServer.PrivateDraftTitle, await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        Assert.False(await ScrollsHorizontallyAsync(page));
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "deputyportal-proposals-phone.png"), FullPage = true });
    }

    [Fact]
    public async Task List_FilteredByRed_ShowsOnlyTheOverdueProposal()
    {
        var page = await fixture.NewPageAsync();
        await SignInAsync(page);
        await page.GotoAsync("/proposals");

        await page.GetByLabel("预警").SelectOptionAsync(new SelectOptionValue { Label = "红灯" });
        await page.GetByRole(AriaRole.Button, new() { Name = "筛选" }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);

        Assert.Equal(1, await page.Locator("li.proposal").CountAsync());
        Assert.Contains(PortalServer.OverdueTitle, await page.Locator("li.proposal").InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Details_ShowsWhoDidWhatAndWhen()
    {
        var page = await fixture.NewPageAsync(PhoneWidth, PhoneHeight);
        await SignInAsync(page);
        await page.GotoAsync("/proposals");

        await page.GetByText(PortalServer.OverdueTitle).ClickAsync();

        Assert.Equal(PortalServer.OverdueTitle, (await page.Locator("h1").InnerTextAsync()).Trim());
        var steps = await page.Locator("ol.timeline li strong").AllInnerTextsAsync();
        Assert.Equal(["起草", "提交", "立案", "交办"], steps.Select(s => s.Trim()));
        Assert.Contains("2026-01-05", await page.Locator("ol.timeline li").Last.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains(PortalServer.LeadDeputyName, await page.Locator("dl.profile").InnerTextAsync(), StringComparison.Ordinal);
        Assert.False(await ScrollsHorizontallyAsync(page));
    }

    [Fact]
    public async Task Ledger_DownloadsTheHandlingLedgerAsExcel()
    {
        var page = await fixture.NewPageAsync();
        await SignInAsync(page);
        await page.GotoAsync("/proposals");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByText("导出建议办理台账（Excel）").ClickAsync());

        Assert.Equal("建议办理台账.xlsx", download.SuggestedFilename);
        var bytes = await File.ReadAllBytesAsync(await download.PathAsync());
        Assert.Equal((byte)'P', bytes[0]); // an .xlsx is a zip archive: "PK"
        Assert.Equal((byte)'K', bytes[1]);
    }
}
