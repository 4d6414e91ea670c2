using System.Net;
using System.Text.Json;
using DeputyPortal.Api.FunctionalTests.Cluster;
using DeputyPortal.Api.FunctionalTests.Proposals;
using DeputyPortal.Api.FunctionalTests.Support;
using DeputyPortal.Infrastructure.Persistence;
using DeputyPortal.Infrastructure.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace DeputyPortal.Api.FunctionalTests.Scheduling;

/// <summary>计划任务: only an administrator lists the jobs, reads their history and fires one now; /health/ready reports the scheduler.</summary>
public sealed class AdminJobsTests(PortalFactory portal) : PortalTest(portal)
{
    private const string Jobs = "/api/v1/admin/jobs";

    [Fact]
    public async Task Jobs_ListEveryJobWithItsCronAndNextFireTime_ForAnAdmin()
    {
        var response = await (await As("admin")).GetAsync(Jobs);

        await response.ShouldBe(HttpStatusCode.OK);
        var items = (await response.JsonAsync()).GetProperty("items").EnumerateArray().ToDictionary(j => j.GetProperty("name").GetString()!);
        Assert.Equal(
            [.. ScheduledRequests.All.Select(r => r.Name).Append(PurgeIdempotencyRecordsJob.Key.Name).Order()],
            items.Keys.Order().ToArray());
        var sweep = items[ScheduledRequests.ProposalDeadlines.Name];
        Assert.Equal("0 0 8 * * ?", sweep.GetProperty("cron").GetString());
        Assert.Equal("Asia/Shanghai", sweep.GetProperty("timeZone").GetString());
        Assert.Equal("建议即将到期和超期提醒", sweep.GetProperty("description").GetString());
        var next = sweep.GetProperty("nextFireTime").GetDateTimeOffset().ToOffset(TimeSpan.FromHours(8));
        Assert.True(next > TestWorld.Now && next.TimeOfDay == TimeSpan.FromHours(8), $"next fire {next:O} is not a coming 08:00 China time");
    }

    [Theory]
    [InlineData("county")]
    [InlineData("secretary.a")]
    [InlineData("deputy.a")]
    [InlineData("unit.a")]
    public async Task Jobs_AreNeitherListedNorRunNorTheirHistoryRead_ByAnyoneButAnAdmin(string user)
    {
        var client = await As(user);
        var name = ScheduledRequests.ProposalDeadlines.Name;

        await (await client.GetAsync(Jobs)).ShouldBe(HttpStatusCode.Forbidden);
        await (await client.GetAsync($"{Jobs}/{name}/runs")).ShouldBe(HttpStatusCode.Forbidden);
        await (await client.PostAsync($"{Jobs}/{name}/run", null)).ShouldBe(HttpStatusCode.Forbidden);
        await (await Portal.CreateClient().GetAsync(Jobs)).ShouldBe(HttpStatusCode.Unauthorized);
        Assert.Empty(await RunsAsync());
    }

    [Fact]
    public async Task UnknownJob_IsNotFound()
    {
        var admin = await As("admin");
        await (await admin.PostAsync($"{Jobs}/no-such-job/run", null)).ShouldBe(HttpStatusCode.NotFound);
        await (await admin.GetAsync($"{Jobs}/no-such-job/runs")).ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task RunNow_FiresTheJobThroughTheScheduler_AndTheRunAppearsInItsHistoryWithItsRows()
    {
        var history = new ProposalHistory(Portal);
        await history.AssignedOnAsync(new DateOnly(2026, 3, 30)); // due in 15 days: unit and secretary
        await history.AssignedOnAsync(new DateOnly(2026, 3, 22)); // due in 7 days: unit and secretary
        var admin = await As("admin");
        var name = ScheduledRequests.ProposalDeadlines.Name;

        var accepted = await admin.PostAsync($"{Jobs}/{name}/run", null);

        await accepted.ShouldBe(HttpStatusCode.Accepted);
        Assert.Equal($"/api/v1/admin/jobs/{name}/runs", accepted.Headers.Location?.OriginalString);
        var runId = (await accepted.JsonAsync()).GetProperty("runId").GetGuid();
        var run = await Eventually.WaitForAsync(
            async () => (await RunsPageAsync(admin, name)).FirstOrDefault(r => r.GetProperty("id").GetGuid() == runId),
            r => r.ValueKind == JsonValueKind.Object,
            "the triggered run in the history");
        Assert.Equal("Succeeded", run.GetProperty("outcome").GetString());
        Assert.Equal(4, run.GetProperty("rowsCreated").GetInt32());
        Assert.True(run.GetProperty("manual").GetBoolean());
        Assert.True(run.GetProperty("durationMs").GetInt64() >= 0);

        var listed = (await (await admin.GetAsync(Jobs)).JsonAsync()).GetProperty("items").EnumerateArray()
            .Single(j => j.GetProperty("name").GetString() == name);
        var lastRun = listed.GetProperty("lastRun");
        Assert.Equal((runId, "Succeeded", 4), (lastRun.GetProperty("id").GetGuid(), lastRun.GetProperty("outcome").GetString(), lastRun.GetProperty("rowsCreated").GetInt32()));
        Assert.Equal(TestWorld.Now, listed.GetProperty("lastFireTime").GetDateTimeOffset());
    }

    [Fact]
    public async Task JobRuns_PastNinetyDays_ArePurgedByTheHousekeepingJob()
    {
        await using (var scope = Portal.SystemScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.JobRuns.AddRange(Run(TestWorld.Now.AddDays(-91)), Run(TestWorld.Now.AddDays(-89)));
            await db.SaveChangesAsync();
        }

        await (await Portal.Services.GetRequiredService<ISchedulerFactory>().GetScheduler()).TriggerJob(PurgeIdempotencyRecordsJob.Key);

        var runs = await Eventually.WaitForAsync(RunsAsync, r => r.Any(x => x.JobName == PurgeIdempotencyRecordsJob.Key.Name), "the purge's own run");
        var old = Assert.Single(runs, r => r.JobName == "old-job");
        Assert.Equal(TestWorld.Now.AddDays(-89).UtcDateTime, old.FiredAt);
        Assert.True(Assert.Single(runs, r => r.JobName == PurgeIdempotencyRecordsJob.Key.Name).RowsCreated >= 1);

        static JobRun Run(DateTimeOffset fired) => new()
        {
            Id = Guid.NewGuid(), JobName = "old-job", JobGroup = "test", SchedulerInstanceId = "test",
            FiredAt = fired.UtcDateTime, FinishedAt = fired.UtcDateTime, Succeeded = true,
        };
    }

    [Fact]
    public async Task Ready_ReportsTheScheduler_UnhealthyWhileItIsInStandby_AndLiveStaysTrivial()
    {
        var scheduler = await Portal.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        using var anonymous = Portal.CreateClient();
        await scheduler.Standby();
        try
        {
            var ready = await anonymous.GetAsync("/health/ready");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
            Assert.Equal("Unhealthy", await ready.Content.ReadAsStringAsync());
            await (await anonymous.GetAsync("/health/live")).ShouldBe(HttpStatusCode.OK);
        }
        finally
        {
            await scheduler.Start();
        }

        await (await anonymous.GetAsync("/health/ready")).ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Ready_IsUnhealthy_OnceTheSchedulerIsShutDown()
    {
        await using var host = new PeerHost(Portal.ConnectionString).Started();
        using var client = host.CreateClient();
        await (await client.GetAsync("/health/ready")).ShouldBe(HttpStatusCode.OK);

        await (await host.SchedulerAsync()).Shutdown();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/health/ready")).StatusCode);
    }

    private static async Task<List<JsonElement>> RunsPageAsync(HttpClient admin, string name)
    {
        var response = await admin.GetAsync($"{Jobs}/{name}/runs?pageSize=20");
        await response.ShouldBe(HttpStatusCode.OK);
        return [.. (await response.JsonAsync()).GetProperty("items").EnumerateArray()];
    }

    private async Task<List<JobRun>> RunsAsync()
    {
        await using var scope = Portal.SystemScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().JobRuns.AsNoTracking().ToListAsync();
    }
}
