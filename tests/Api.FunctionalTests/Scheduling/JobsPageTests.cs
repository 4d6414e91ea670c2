using System.Net;
using DeputyPortal.Api.FunctionalTests.Cluster;
using DeputyPortal.Api.FunctionalTests.Support;
using DeputyPortal.Infrastructure.Persistence;
using DeputyPortal.Infrastructure.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DeputyPortal.Api.FunctionalTests.Scheduling;

/// <summary>The portal's 计划任务 page: an administrator sees the jobs and fires one with 立即运行 (anti-forgery checked).</summary>
public sealed class JobsPageTests(PortalFactory portal) : PortalTest(portal)
{
    [Fact]
    public async Task Admin_SeesTheJobs_AndRunNowFiresOne()
    {
        var browser = Portal.Browser(followRedirects: false);
        await browser.SignInAsync("admin", PortalFactory.Password);
        var page = await (await browser.GetAsync("/admin/jobs")).Content.ReadAsStringAsync();
        Assert.Contains("计划任务", page, StringComparison.Ordinal);
        Assert.Contains("建议即将到期和超期提醒", page, StringComparison.Ordinal);
        Assert.Contains("立即运行", page, StringComparison.Ordinal);

        var name = ScheduledRequests.ProposalDeadlines.Name;
        var run = await browser.PostFormAsync($"/admin/jobs?handler=Run&name={name}", []);

        Assert.Equal(HttpStatusCode.Redirect, run.StatusCode);
        await Eventually.WaitForAsync(ManualRunsAsync, n => n >= 1, "the run fired from the page");
        Assert.Contains("已提交运行", await (await browser.GetAsync("/admin/jobs")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunNow_WithoutTheAntiforgeryToken_IsRefused_AndOthersAreForbidden()
    {
        var admin = Portal.Browser(followRedirects: false);
        await admin.SignInAsync("admin", PortalFactory.Password);
        var forged = await admin.PostAsync($"/admin/jobs?handler=Run&name={ScheduledRequests.ProposalDeadlines.Name}", new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);

        var secretary = Portal.Browser(followRedirects: false);
        await secretary.SignInAsync("secretary.a", PortalFactory.Password);
        Assert.Equal(HttpStatusCode.Forbidden, (await secretary.GetAsync("/admin/jobs")).StatusCode);
        Assert.Equal(0, await ManualRunsAsync());
    }

    private async Task<int> ManualRunsAsync()
    {
        await using var scope = Portal.SystemScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().JobRuns.CountAsync(r => r.Manual);
    }
}
