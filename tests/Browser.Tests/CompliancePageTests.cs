using DeputyPortal.Browser.Tests.Support;
using Microsoft.Playwright;
using static DeputyPortal.Browser.Tests.Support.PortalPages;

namespace DeputyPortal.Browser.Tests;

/// <summary>A secretary reads the township's compliance for a quarter on a phone, with what is missing, and downloads it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CompliancePageTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Secretary_SeesEachRulesStatusForAFinishedQuarter_WithTheOffenders_AndDownloadsTheReport()
    {
        var page = await fixture.NewPageAsync(PhoneWidth, PhoneHeight);
        await SignInAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "达标情况" }).ClickAsync();
        await page.GetByLabel("年度").SelectOptionAsync(new SelectOptionValue { Label = "2025年" });
        await page.GetByLabel("季度").SelectOptionAsync(new SelectOptionValue { Label = "第1季度" });
        await page.GetByRole(AriaRole.Button, new() { Name = "查看" }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);

        Assert.Equal("/compliance", new Uri(page.Url).AbsolutePath);
        Assert.Contains($"{PortalServer.TownshipName} · 2025年第1季度", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        var rules = page.Locator("li.compliance-rule");
        Assert.Equal(["R1", "R2", "R3", "R4", "R7", "R6"], await rules.Locator(".number").AllInnerTextsAsync());

        // The seeded township held no presidium meeting in a quarter long over: R3 is breached, and says why.
        var meetings = rules.Filter(new() { HasText = "R3" });
        Assert.Equal("未达标", (await meetings.Locator(".warn").InnerTextAsync()).Trim());
        Assert.Contains("例会", await meetings.Locator(".meta").InnerTextAsync(), StringComparison.Ordinal);
        Assert.False(await ScrollsHorizontallyAsync(page));

        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Link, new() { Name = "导出达标情况（Excel）" }).ClickAsync());
        Assert.EndsWith("2025年第1季度达标情况.xlsx", download.SuggestedFilename, StringComparison.Ordinal);
    }
}
