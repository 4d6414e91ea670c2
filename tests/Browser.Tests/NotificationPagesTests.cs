using DeputyPortal.Application.Common.Security;
using DeputyPortal.Application.Notifications.Sweeps;
using DeputyPortal.Browser.Tests.Support;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static DeputyPortal.Browser.Tests.Support.PortalPages;

namespace DeputyPortal.Browser.Tests;

/// <summary>
/// After the deadline sweep, the secretary's header counts the unread reminder; 提醒 lists it, and opening it marks
/// it read and goes to the overdue proposal.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class NotificationPagesTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Secretary_SeesTheOverdueReminderCounted_OpensIt_AndLandsOnTheProposal()
    {
        await using (var scope = fixture.Portal.Services.GetRequiredService<ISystemScopes>().Begin())
        {
            await scope.ServiceProvider.GetRequiredService<ISender>().Send(new SweepProposalDeadlines());
        }

        var page = await fixture.NewPageAsync(PhoneWidth, PhoneHeight);
        await SignInAsync(page);
        var inbox = page.Locator("header a.inbox");
        Assert.Equal("提醒（1）", (await inbox.InnerTextAsync()).Trim());

        await inbox.ClickAsync();
        Assert.Equal("/notifications", new Uri(page.Url).AbsolutePath);
        var reminder = page.Locator("li.notification.unread");
        Assert.Equal(1, await reminder.CountAsync());
        var text = await reminder.InnerTextAsync();
        Assert.Contains(PortalServer.OverdueNumber, text, StringComparison.Ordinal);
        Assert.Contains("2026年4月5日", text, StringComparison.Ordinal);
        Assert.False(await ScrollsHorizontallyAsync(page));

        await reminder.GetByRole(AriaRole.Button).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        Assert.StartsWith("/proposals/", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        Assert.Contains(PortalServer.OverdueTitle, await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("提醒", (await page.Locator("header a.inbox").InnerTextAsync()).Trim());
    }
}
