using DeputyPortal.Browser.Tests.Support;
using Microsoft.Playwright;
using static DeputyPortal.Browser.Tests.Support.PortalPages;

namespace DeputyPortal.Browser.Tests;

/// <summary>
/// The secretary records who attended a congress session (出席情况, counted in the duty profile): leave without a
/// reason is refused with the choice kept; with the reason it saves and reads back; a deputy reads it but cannot record it.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SessionAttendancePageTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Secretary_RecordsLeaveAtASession_GivingTheReasonAfterBeingAsked()
    {
        var page = await fixture.NewPageAsync(PhoneWidth, PhoneHeight);
        await SignInAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "人代会会议" }).ClickAsync();
        Assert.Equal("/sessions", new Uri(page.Url).AbsolutePath);
        var session = page.Locator("tr.session", new() { HasText = "第一次会议" });
        Assert.Contains("2021-09-01", await session.InnerTextAsync(), StringComparison.Ordinal);
        await session.GetByRole(AriaRole.Link, new() { Name = "出席情况" }).ClickAsync();
        Assert.EndsWith("/attendance", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);

        var row = page.Locator("tr.attendee", new() { HasText = PortalServer.LeadDeputyName });
        await row.GetByLabel("请假", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "保存出席情况" }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        Assert.Contains("请假须填写原因。", await page.GetByRole(AriaRole.Alert).InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await row.GetByLabel("请假", new() { Exact = true }).IsCheckedAsync());

        await row.GetByLabel($"{PortalServer.LeadDeputyName} 请假原因").FillAsync("外出务工");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存出席情况" }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        Assert.Contains("已保存出席情况", await page.GetByRole(AriaRole.Status).InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await row.GetByLabel("请假", new() { Exact = true }).IsCheckedAsync());
        Assert.Equal("外出务工", await row.GetByLabel($"{PortalServer.LeadDeputyName} 请假原因").InputValueAsync());
        Assert.False(await ScrollsHorizontallyAsync(page));

        var deputy = await fixture.NewPageAsync(PhoneWidth, PhoneHeight);
        await deputy.GotoAsync("/account/login");
        await deputy.GetByLabel("用户名").FillAsync(PortalServer.DeputyUserName);
        await deputy.GetByLabel("密码").FillAsync(PortalServer.Password);
        await deputy.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await deputy.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        await deputy.GotoAsync(page.Url); // a deputy may read the attendance (GetSessionAttendance), not record it
        Assert.Equal("外出务工", (await deputy.Locator("tr.attendee", new() { HasText = PortalServer.LeadDeputyName }).InnerTextAsync()).Split('\t').Last().Trim());
        Assert.Equal(0, await deputy.GetByRole(AriaRole.Button, new() { Name = "保存出席情况" }).CountAsync());
    }
}
