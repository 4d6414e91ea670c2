using DeputyPortal.Api.FunctionalTests.Proposals;
using DeputyPortal.Api.FunctionalTests.Support;
using DeputyPortal.Infrastructure.Scheduling;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Quartz;

namespace DeputyPortal.Api.FunctionalTests.Scheduling;

/// <summary>The daily sweep of evaluation windows is stored in Quartz's PostgreSQL store and runs as the system.</summary>
public sealed class EvaluationSweepScheduleTests(PortalFactory portal) : PortalTest(portal)
{
    [Fact]
    public async Task SweepJob_IsStoredDurably_WithADailyCronTriggerAtOneInTheMorningChinaTime()
    {
        var scheduler = await Portal.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();

        var job = await scheduler.GetJobDetail(ScheduledRequests.AcceptExpiredEvaluations.Key);
        Assert.NotNull(job);
        Assert.Equal(typeof(SystemRequestJob), job.JobType.Type);
        Assert.True(job.Durable);
        Assert.True(job.ConcurrentExecutionDisallowed);

        var trigger = Assert.IsAssignableFrom<ICronTrigger>(await scheduler.GetTrigger(ScheduledRequests.AcceptExpiredEvaluations.TriggerKey));
        Assert.Equal(ScheduledRequests.AcceptExpiredEvaluations.Key, trigger.JobKey);
        Assert.Equal("0 0 1 * * ?", trigger.CronExpressionString);
        Assert.Equal("Asia/Shanghai", trigger.TimeZone.Id);
        Assert.Equal(CronTriggerMisfireInstruction.FireAndProceed, trigger.MisfireInstruction);
        Assert.Equal(
            new DateTimeOffset(2026, 6, 16, 1, 0, 0, TimeSpan.FromHours(8)),
            trigger.GetFireTimeAfter(new DateTimeOffset(2026, 6, 15, 10, 0, 0, TimeSpan.FromHours(8))));
        Assert.Equal(
            new DateTimeOffset(2026, 6, 17, 1, 0, 0, TimeSpan.FromHours(8)),
            trigger.GetFireTimeAfter(new DateTimeOffset(2026, 6, 16, 1, 0, 0, TimeSpan.FromHours(8))));
    }

    [Fact]
    public async Task SweepTrigger_IsARowOfTheDatabaseStore()
    {
        await using var connection = new NpgsqlConnection(Portal.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT c.cron_expression, c.time_zone_id, t.job_name, t.job_group FROM qrtz_cron_triggers c " +
            "JOIN qrtz_triggers t ON t.sched_name = c.sched_name AND t.trigger_name = c.trigger_name AND t.trigger_group = c.trigger_group " +
            "WHERE c.trigger_name = @name AND c.trigger_group = @group", connection);
        command.Parameters.AddWithValue("name", ScheduledRequests.AcceptExpiredEvaluations.TriggerKey.Name);
        command.Parameters.AddWithValue("group", ScheduledRequests.AcceptExpiredEvaluations.TriggerKey.Group);
        await using var reader = await command.ExecuteReaderAsync();

        Assert.True(await reader.ReadAsync(), "the trigger is not in qrtz_cron_triggers");
        Assert.Equal(
            ("0 0 1 * * ?", "Asia/Shanghai", ScheduledRequests.AcceptExpiredEvaluations.Key.Name, ScheduledRequests.AcceptExpiredEvaluations.Key.Group),
            (reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3)));
        Assert.False(await reader.ReadAsync());
    }

    [Fact]
    public async Task SweepJob_FiredByTheScheduler_AcceptsExpiredRepliesAsTheSystem()
    {
        var expired = await new ProposalHistory(Portal).RepliedOnAsync(new DateOnly(2026, 3, 20), new DateOnly(2026, 4, 1));
        var flow = new ProposalFlow(Portal);
        var scheduler = await Portal.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();

        await scheduler.TriggerJob(ScheduledRequests.AcceptExpiredEvaluations.Key);

        var deadline = DateTime.UtcNow.AddSeconds(30);
        ProposalHandle proposal;
        do
        {
            await Task.Delay(200);
            proposal = await flow.GetAsync(expired);
        }
        while (proposal.Status == "Replied" && DateTime.UtcNow < deadline);

        Assert.Equal("Closed", proposal.Status);
        var step = proposal.Json.GetProperty("timeline").EnumerateArray().Last();
        Assert.Equal(("AcceptedWithoutRating", "系统"), (step.GetProperty("action").GetString(), step.GetProperty("actorName").GetString()));
    }
}
