using DeputyPortal.Application.Common.Security;
using DeputyPortal.Infrastructure.Persistence.Idempotency;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Quartz;

namespace DeputyPortal.Infrastructure.Scheduling;

/// <summary>
/// Deletes the idempotency store's answers past Idempotency:RetentionHours, so stored answers (which hold what
/// their user was shown) are not kept longer than retries need them, and the job history past its 90 days. Storage housekeeping, run as the system like every job: it sends no
/// request and touches no business record. Idempotent; never two at once across the cluster.
/// </summary>
[DisallowConcurrentExecution]
public sealed partial class PurgeIdempotencyRecordsJob(ISystemScopes scopes, ILogger<PurgeIdempotencyRecordsJob> logger) : IJob
{
    public static readonly JobKey Key = new("purge-idempotency-records", "housekeeping");

    public static readonly TriggerKey TriggerKey = new("purge-idempotency-records-hourly", "housekeeping");

    /// <summary>Every hour, on the hour.</summary>
    public const string Cron = "0 0 * * * ?";

    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        JobFailures.RunRedactingDatabaseErrors(async () =>
        {
            await using var scope = scopes.Begin();
            var purged = await scope.ServiceProvider.GetRequiredService<IdempotencyStore>().PurgeExpiredAsync(cancellationToken);
            var runs = await scope.ServiceProvider.GetRequiredService<JobHistory>().PurgeExpiredAsync(cancellationToken);
            context.Result = purged + runs;
            LogPurged(logger, purged, runs);
        });

    [LoggerMessage(Level = LogLevel.Information, Message = "Housekeeping: {Purged} expired idempotency answers and {Runs} job runs past retention deleted")]
    private static partial void LogPurged(ILogger logger, int purged, int runs);
}
