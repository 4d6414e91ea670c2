using System.Data.Common;
using System.Net;
using DeputyPortal.Api.FunctionalTests.Proposals;
using DeputyPortal.Api.FunctionalTests.Support;
using DeputyPortal.Application.Notifications.Sweeps;
using DeputyPortal.Infrastructure.Persistence;
using DeputyPortal.Infrastructure.Scheduling;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace DeputyPortal.Api.FunctionalTests.Cluster;

/// <summary>
/// Two instances on one database behave as one (DESIGN §8): host A is the shared portal, host B a second instance
/// on its database with its own scheduler. On the frozen date 2026-06-15 a proposal assigned on 2026-03-30 is due in
/// 15 days and one assigned on 2026-03-22 in 7: each reminds the lead unit and the secretary, four reminders in all.
/// </summary>
public sealed class ClusterTests(PortalFactory portal) : PortalTest(portal)
{
    private const int Reminders = 4;

    private static readonly JobKey Sweep = ScheduledRequests.ProposalDeadlines.Key;

    [Fact]
    public async Task PortalCookie_IssuedByHostA_IsAcceptedByHostB()
    {
        using var browserA = Portal.Browser(followRedirects: false);
        var signIn = await browserA.SignInAsync("secretary.a", PortalFactory.Password);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var cookie = signIn.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Single(c => c.StartsWith("deputyportal=", StringComparison.Ordinal));

        await using var hostB = new PeerHost(Portal.ConnectionString).Started();
        using var clientB = hostB.CreateClient(new() { AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("Cookie", cookie);
        var page = await clientB.SendAsync(request);

        await page.ShouldBe(HttpStatusCode.OK); // a cookie B could not read would redirect to the sign-in page
        using var anonymous = new HttpRequestMessage(HttpMethod.Get, "/");
        Assert.Equal(HttpStatusCode.Redirect, (await clientB.SendAsync(anonymous)).StatusCode);
    }

    [Fact]
    public async Task TwoSchedulersOnOneDatabase_BothFiringTheReminderJob_StoreEachReminderOnce()
    {
        await CraftDueProposalsAsync();
        await using var hostB = new PeerHost(Portal.ConnectionString).Started();
        var schedulerA = await Portal.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var schedulerB = await hostB.SchedulerAsync();
        Assert.NotEqual(schedulerA.SchedulerInstanceId, schedulerB.SchedulerInstanceId);

        await Task.WhenAll(schedulerA.TriggerJob(Sweep).AsTask(), schedulerB.TriggerJob(Sweep).AsTask());
        var runs = await Eventually.WaitForAsync(() => RunsAsync(Sweep.Name), r => r.Count >= 2, "both firings to finish");

        Assert.All(runs, r => Assert.True(r.Succeeded, r.Error));
        Assert.Equal(Reminders, runs.Sum(r => r.RowsCreated));
        Assert.Equal(Reminders, await NotificationCountAsync());

        // And the same sweep sent at the same moment on both instances, outside the scheduler's one-at-a-time rule.
        var both = await Task.WhenAll(SendSweepAsync(Portal.SystemScope()), SendSweepAsync(hostB.SystemScope()));
        Assert.Equal([0, 0], both);
        Assert.Equal(Reminders, await NotificationCountAsync());
    }

    [Fact]
    public async Task SweepRolledBackAfterItsInsert_AndRunAgain_StoresEachReminderOnce()
    {
        await CraftDueProposalsAsync();
        var failOnce = new FailAfterNotificationsInsert();
        await using var hostB = new PeerHost(Portal.ConnectionString, s => s.ConfigureDbContext<AppDbContext>(o => o.AddInterceptors(failOnce))).Started();

        // The insert has run inside the sweep's transaction when the failure strikes; the transaction rolls back.
        await Assert.ThrowsAsync<InvalidOperationException>(() => SendSweepAsync(hostB.SystemScope()));
        Assert.True(failOnce.Struck);
        Assert.Equal(0, await NotificationCountAsync());

        Assert.Equal(Reminders, await SendSweepAsync(hostB.SystemScope()));
        Assert.Equal(0, await SendSweepAsync(Portal.SystemScope()));
        Assert.Equal(Reminders, await NotificationCountAsync());
    }

    [Fact]
    public async Task ScheduledRunThatFails_IsRecordedAsFailed_WithTheErrorNamedNotQuoted_AndLeavesNothing()
    {
        await CraftDueProposalsAsync();
        var failOnce = new FailAfterNotificationsInsert();
        await using var hostB = new PeerHost(Portal.ConnectionString, s => s.ConfigureDbContext<AppDbContext>(o => o.AddInterceptors(failOnce))).Started();
        var schedulerA = await Portal.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await schedulerA.Standby(); // so that host B, whose database fails, is the one that runs it
        try
        {
            await (await hostB.SchedulerAsync()).TriggerJob(Sweep);
            var failed = Assert.Single(await Eventually.WaitForAsync(() => RunsAsync(Sweep.Name), r => r.Count >= 1, "the failed run"));
            Assert.False(failed.Succeeded);
            Assert.Null(failed.RowsCreated);
            Assert.Equal(await (await hostB.SchedulerAsync()).GetSchedulerInstanceId(), failed.SchedulerInstanceId);
            Assert.StartsWith("InvalidOperationException: injected failure", failed.Error, StringComparison.Ordinal);
            Assert.Equal(0, await NotificationCountAsync());
        }
        finally
        {
            await schedulerA.Start();
        }

        Assert.Equal(Reminders, await SendSweepAsync(Portal.SystemScope()));
    }

    [Fact]
    public async Task SweepInAnAbortedTransaction_AndRunAgain_StoresEachReminderOnce()
    {
        await CraftDueProposalsAsync();
        await using (var scope = Portal.SystemScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            Assert.Equal(Reminders, await scope.ServiceProvider.GetRequiredService<ISender>().Send(new SweepProposalDeadlines()));
            await transaction.RollbackAsync(); // the process dies before the commit
        }

        Assert.Equal(0, await NotificationCountAsync());
        Assert.Equal(Reminders, await SendSweepAsync(Portal.SystemScope()));
        Assert.Equal(0, await SendSweepAsync(Portal.SystemScope()));
        Assert.Equal(Reminders, await NotificationCountAsync());
    }

    private async Task CraftDueProposalsAsync()
    {
        var history = new ProposalHistory(Portal);
        await history.AssignedOnAsync(new DateOnly(2026, 3, 30)); // due 2026-06-30: 15 days
        await history.AssignedOnAsync(new DateOnly(2026, 3, 22)); // due 2026-06-22: 7 days
    }

    private static async Task<int> SendSweepAsync(AsyncServiceScope scope)
    {
        await using (scope)
        {
            return await scope.ServiceProvider.GetRequiredService<ISender>().Send(new SweepProposalDeadlines());
        }
    }

    private async Task<int> NotificationCountAsync()
    {
        await using var scope = Portal.SystemScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Notifications.CountAsync();
    }

    private async Task<List<JobRun>> RunsAsync(string job)
    {
        await using var scope = Portal.SystemScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().JobRuns.AsNoTracking().Where(r => r.JobName == job).ToListAsync();
    }

    /// <summary>Lets the sweep's notifications insert run, then fails the command once, as a crash right after it would.</summary>
    private sealed class FailAfterNotificationsInsert : DbCommandInterceptor
    {
        public bool Struck { get; private set; }

        public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
        {
            if (!Struck && command.CommandText.Contains("INSERT INTO notifications", StringComparison.Ordinal))
            {
                Assert.Equal(Reminders, result);
                Struck = true;
                throw new InvalidOperationException("injected failure after the insert");
            }

            return ValueTask.FromResult(result);
        }
    }
}
