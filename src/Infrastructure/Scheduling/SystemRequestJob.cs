using DeputyPortal.Application.Common.Security;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Quartz;

namespace DeputyPortal.Infrastructure.Scheduling;

/// <summary>
/// Runs the <see cref="ScheduledRequest"/> its job key names, from a scope begun as the system (a job runs outside any
/// HTTP request, where there is otherwise nobody to act for). Every such request is idempotent, so a misfire fired
/// late or a second run does no harm; never two runs of one job at once, across the cluster (per job key).
/// </summary>
[DisallowConcurrentExecution]
public sealed partial class SystemRequestJob(ISystemScopes scopes, ILogger<SystemRequestJob> logger) : IJob
{
    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        JobFailures.RunRedactingDatabaseErrors(async () =>
        {
            var request = ScheduledRequests.Find(context.JobDetail.Key)
                ?? throw new JobExecutionException($"No scheduled request is declared for job {context.JobDetail.Key}.");
            await using var scope = scopes.Begin();
            var rows = await request.Send(scope.ServiceProvider.GetRequiredService<ISender>(), cancellationToken);
            context.Result = rows;
            LogRan(logger, request.Name, rows);
        });

    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduled job {Job} ran: {Rows} rows")]
    private static partial void LogRan(ILogger logger, string job, int rows);
}
