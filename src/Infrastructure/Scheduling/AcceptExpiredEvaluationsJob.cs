using DeputyPortal.Application.Common.Security;
using DeputyPortal.Application.Proposals.AcceptExpired;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Quartz;

namespace DeputyPortal.Infrastructure.Scheduling;

/// <summary>
/// Closes the evaluation windows that ran out: sends <see cref="AcceptExpiredEvaluations"/> from a scope begun as the system
/// (a job runs outside any HTTP request, where there is otherwise nobody to act for). Idempotent, so a misfire fired late or a second run the same day does no harm; never two
/// at once, across the cluster.
/// </summary>
[DisallowConcurrentExecution]
public sealed partial class AcceptExpiredEvaluationsJob(ISystemScopes scopes, ILogger<AcceptExpiredEvaluationsJob> logger) : IJob
{
    public static readonly JobKey Key = new("accept-expired-evaluations", "proposals");

    public static readonly TriggerKey TriggerKey = new("accept-expired-evaluations-daily", "proposals");

    /// <summary>Every day at 01:00, China time.</summary>
    public const string Cron = "0 0 1 * * ?";

    public const string TimeZoneId = "Asia/Shanghai";

    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        JobFailures.RunRedactingDatabaseErrors(async () =>
        {
            await using var scope = scopes.Begin();
            var accepted = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new AcceptExpiredEvaluations(), cancellationToken);
            LogAccepted(logger, accepted);
        });

    [LoggerMessage(Level = LogLevel.Information, Message = "Evaluation windows swept: {Accepted} replies accepted without rating")]
    private static partial void LogAccepted(ILogger logger, int accepted);
}
