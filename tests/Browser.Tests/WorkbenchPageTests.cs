using DeputyPortal.Application.Common.Security;
using DeputyPortal.Browser.Tests.Support;
using DeputyPortal.Domain.Presidium;
using DeputyPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static DeputyPortal.Browser.Tests.Support.PortalPages;

namespace DeputyPortal.Browser.Tests;

/// <summary>
/// The secretary's 工作台: the home page shows the township's counts and this quarter's traffic lights; a count opens
/// the list of its rows; once the secretary records a regular presidium meeting in the portal, ticking a quorum, R3 turns from pending to met.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class WorkbenchPageTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Secretary_SeesTheCountsAndTheTrafficLights_AndR3TurnsMetOnceAMeetingIsRecorded()
    {
        await AppointChairAsync();
        var page = await fixture.NewPageAsync();
        await SignInAsync(page);

        Assert.Equal("/", new Uri(page.Url).AbsolutePath);
        // The seeded proposal assigned on 2026-01-05 is overdue whenever the suite runs; it is the only one awaiting a reply.
        var overdue = page.Locator("[data-count=overdue]");
        Assert.Equal("1", (await overdue.Locator(".count").InnerTextAsync()).Trim());
        Assert.Equal("0", (await page.Locator("[data-count=to-register] .count").InnerTextAsync()).Trim());
        var r3 = page.Locator("li.light[data-rule=R3]");
        Assert.Equal("进行中", (await r3.Locator(".status").InnerTextAsync()).Trim());
        Assert.Contains("light-pending", await r3.GetAttributeAsync("class"), StringComparison.Ordinal);
        Assert.Equal(["R1", "R2", "R3", "R4", "R7", "R6"], await page.Locator("li.light .rule").AllInnerTextsAsync());

        await overdue.ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/proposals\\?overdue=true"));
        Assert.Equal("/proposals", new Uri(page.Url).AbsolutePath);
        Assert.Contains("共 1 件", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(PortalServer.OverdueTitle, (await page.Locator("li.proposal .title").InnerTextAsync()).Trim());
        Assert.Equal("逾期未答复", (await page.GetByLabel("逾期").Locator("option:checked").InnerTextAsync()).Trim());

        await RecordRegularMeetingAsync(page);
        await Screenshots.SaveAsync(page, "meeting");
        await page.GotoAsync("/");
        r3 = page.Locator("li.light[data-rule=R3]");
        await Assertions.Expect(r3.Locator(".status")).ToHaveTextAsync("已达标");
        Assert.Contains("light-met", await r3.GetAttributeAsync("class"), StringComparison.Ordinal);

        await Screenshots.SaveAsync(page, "workbench");
    }

    /// <summary>The township's only deputy becomes the presidium's chair (a presidium of one: present alone, a quorum).</summary>
    private async Task AppointChairAsync()
    {
        await using var scope = fixture.Portal.Services.GetRequiredService<ISystemScopes>().Begin();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var deputy = await db.Deputies.SingleAsync(d => d.Name == PortalServer.LeadDeputyName);
        var term = await db.Terms.SingleAsync(t => t.Id == deputy.TermId);
        var chair = PresidiumMember.Appoint(term, deputy, PresidiumPost.Chair, term.StartsOn);
        db.PresidiumMembers.Add(chair);
        await db.SaveChangesAsync();
    }

    /// <summary>Records today's regular meeting in the portal, ticking the chair present, and answers its page.</summary>
    private static async Task RecordRegularMeetingAsync(IPage page)
    {
        await page.GotoAsync("/meetings");
        await page.GetByRole(AriaRole.Link, new() { Name = "记录主席团会议" }).ClickAsync();
        var quorum = page.Locator("p.quorum");
        await Assertions.Expect(quorum.Locator(".verdict")).ToHaveTextAsync("还差1人");
        await page.GetByLabel("议题（每行一项）").FillAsync("听取代表建议办理情况汇报");
        await page.GetByLabel("会议地点").FillAsync("镇人大办会议室");
        await page.GetByRole(AriaRole.Checkbox, new() { Name = PortalServer.LeadDeputyName }).CheckAsync();
        await Assertions.Expect(quorum.Locator(".verdict")).ToHaveTextAsync("已达到法定人数");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/meetings/[0-9a-f-]{36}$"));
        Assert.Contains("计入本季度例会", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
    }
}
