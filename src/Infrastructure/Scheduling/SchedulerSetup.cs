using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Quartz;

namespace DeputyPortal.Infrastructure.Scheduling;

/// <summary>
/// Quartz in the API process with its persistent ADO store in the application's PostgreSQL database, clustered:
/// a restart loses no trigger and two instances never run the same firing. Jobs: the daily sweep of evaluation
/// windows (<see cref="AcceptExpiredEvaluationsJob"/>, 01:00 China time; a firing missed while down runs once on start)
/// and the hourly purge of expired idempotency answers (<see cref="PurgeIdempotencyRecordsJob"/>).
/// </summary>
internal static class SchedulerSetup
{
    public static IServiceCollection AddScheduler(this IServiceCollection services, string connectionString, bool provisionSchema)
    {
        services.AddQuartz(quartz =>
        {
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

            quartz.AddJob<AcceptExpiredEvaluationsJob>(job => job
                .WithIdentity(AcceptExpiredEvaluationsJob.Key)
                .WithDescription("评价期限届满未评价的答复视为认可")
                .StoreDurably());
            quartz.AddTrigger(trigger => trigger
                .ForJob(AcceptExpiredEvaluationsJob.Key)
                .WithIdentity(AcceptExpiredEvaluationsJob.TriggerKey)
                .WithCronSchedule(AcceptExpiredEvaluationsJob.Cron, cron => cron
                    .InTimeZone(TimeZoneInfo.FindSystemTimeZoneById(AcceptExpiredEvaluationsJob.TimeZoneId))
                    .WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)));

            quartz.AddJob<PurgeIdempotencyRecordsJob>(job => job
                .WithIdentity(PurgeIdempotencyRecordsJob.Key)
                .WithDescription("删除超过保留期的幂等记录")
                .StoreDurably());
            quartz.AddTrigger(trigger => trigger
                .ForJob(PurgeIdempotencyRecordsJob.Key)
                .WithIdentity(PurgeIdempotencyRecordsJob.TriggerKey)
                .WithCronSchedule(PurgeIdempotencyRecordsJob.Cron, cron => cron
                    .WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)));
        });
        services.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);
        services.AddHealthChecks().AddQuartz(_ => { });
        return services;
    }
}
