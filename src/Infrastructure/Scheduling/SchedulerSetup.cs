using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;
using Quartz;

namespace DeputyPortal.Infrastructure.Scheduling;

/// <summary>
/// Quartz in the API process with its persistent ADO store in the application's PostgreSQL database, clustered:
/// a restart loses no trigger and two instances never run the same firing. Jobs: each of <see cref="ScheduledRequests"/>
/// (cron from <c>Scheduler:Cron:{name}</c>; a firing missed while down runs once on start) and the hourly purge of
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
                quartz.AddTrigger(trigger => trigger
                    .ForJob(request.Key)
                    .WithIdentity(request.TriggerKey)
                    .WithCronSchedule(cron.GetValue<string>(request.Name) ?? request.DefaultCron, schedule => schedule
                        .InTimeZone(TimeZoneInfo.FindSystemTimeZoneById(ScheduledRequests.TimeZoneId))
                        .WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)));
            }

            quartz.AddJob<PurgeIdempotencyRecordsJob>(job => job
                .WithIdentity(PurgeIdempotencyRecordsJob.Key)
                .WithDescription("删除超过保留期的幂等记录和任务运行记录")
                .StoreDurably());
            quartz.AddTrigger(trigger => trigger
                .ForJob(PurgeIdempotencyRecordsJob.Key)
                .WithIdentity(PurgeIdempotencyRecordsJob.TriggerKey)
                .WithCronSchedule(PurgeIdempotencyRecordsJob.Cron, cron => cron
                    .WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)));
        });

        // Every instance re-declares the triggers at start-up. Replacing a stored trigger outright would compute its
        // next fire time from now, silently dropping a firing missed while every instance was down; handing over the
        // replaced trigger's history keeps that firing overdue, so its misfire policy (FireAndProceed) runs it once.
        services.Configure<QuartzOptions>(options => options.Scheduling.ScheduleTriggerRelativeToReplacedTrigger = true);
        services.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);

        // Ready only while this instance's scheduler runs and reaches its store: an instance in standby fires nothing.
        services.AddHealthChecks().AddQuartz(check =>
        {
            check.Name = "scheduler";
            check.StandbyStatus = HealthStatus.Unhealthy;
        });
        return services;
    }
}
