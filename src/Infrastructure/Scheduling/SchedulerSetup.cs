using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;
using Quartz;

namespace DeputyPortal.Infrastructure.Scheduling;

/// <summary>
/// Quartz in the API process with its persistent ADO store in the application's PostgreSQL database, clustered:
/// a restart loses no trigger and two instances never run the same firing. Jobs: each of <see cref="ScheduledRequests"/>
/// (cron from <c>Scheduler:Cron:{name}</c>; a firing missed while down runs once on start, see <see cref="TriggerReconciler"/>) and the hourly purge of
/// expired idempotency answers (<see cref="PurgeIdempotencyRecordsJob"/>, housekeeping that sends no request).
/// </summary>
internal static class SchedulerSetup
{
    public static IServiceCollection AddScheduler(this IServiceCollection services, string connectionString, bool provisionSchema, IConfiguration cron)
    {
        services.AddQuartz(quartz =>
        {
            quartz.AddJobListener<JobHistoryListener>([GroupMatcher<JobKey>.AnyGroup()]);
            quartz.UsePersistentStore(store =>
            {
                store.UsePostgres(NpgsqlFactory.Instance, connectionString);
                store.UseSystemTextJsonSerializer();
                store.UseClustering();
                if (provisionSchema)
                {
                    store.ProvisionSchema();
                }
            });

            foreach (var request in ScheduledRequests.All)
            {
                quartz.AddJob<SystemRequestJob>(job => job.WithIdentity(request.Key).WithDescription(request.Description).StoreDurably());
            }

            quartz.AddJob<PurgeIdempotencyRecordsJob>(job => job
                .WithIdentity(PurgeIdempotencyRecordsJob.Key)
                .WithDescription("删除超过保留期的幂等记录和任务运行记录")
                .StoreDurably());
        });

        // The triggers are put into the store by the reconciler (before the scheduler starts), not declared to Quartz,
        // which would replace each stored one and so drop a firing missed while every instance was down.
        services.AddSingleton(new DeclaredTriggers(start => Triggers(cron, start)));
        services.AddHostedService<TriggerReconciler>();
        services.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);

        // Ready only while this instance's scheduler runs and reaches its store: an instance in standby fires nothing.
        services.AddHealthChecks().AddQuartz(check =>
        {
            check.Name = "scheduler";
            check.StandbyStatus = HealthStatus.Unhealthy;
        });
        return services;
    }

    /// <summary>The cron triggers of every job, built at a given start (the application's clock, as the scheduler's).</summary>
    internal sealed record DeclaredTriggers(Func<DateTimeOffset, IReadOnlyList<ICronTrigger>> Build);

    /// <summary>Every job's cron trigger (China time), each with an explicit misfire policy: a missed firing runs once.</summary>
    public static IReadOnlyList<ICronTrigger> Triggers(IConfiguration cron, DateTimeOffset start)
    {
        var china = TimeZoneInfo.FindSystemTimeZoneById(ScheduledRequests.TimeZoneId);
        var triggers = ScheduledRequests.All
            .Select(request => Cron(request.Key, request.TriggerKey, cron.GetValue<string>(request.Name) ?? request.DefaultCron, china, start))
            .Append(Cron(PurgeIdempotencyRecordsJob.Key, PurgeIdempotencyRecordsJob.TriggerKey, PurgeIdempotencyRecordsJob.Cron, TimeZoneInfo.Utc, start));
        return [.. triggers];
    }

    private static ICronTrigger Cron(JobKey job, TriggerKey key, string expression, TimeZoneInfo zone, DateTimeOffset start) =>
        (ICronTrigger)TriggerBuilder.Create()
            .StartAt(start)
            .ForJob(job)
            .WithIdentity(key)
            .WithCronSchedule(expression, schedule => schedule.InTimeZone(zone).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed))
            .Build();
}
