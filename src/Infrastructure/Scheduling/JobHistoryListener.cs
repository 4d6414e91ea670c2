using System.Collections.Concurrent;
using System.Diagnostics;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Quartz;

namespace DeputyPortal.Infrastructure.Scheduling;

/// <summary>
/// Records every run of every job (<see cref="JobRun"/>), on the instance that ran it. A failure to record is logged
/// and swallowed: the history must never fail the job or the scheduler.
/// </summary>
public sealed partial class JobHistoryListener(ISystemScopes scopes, ILogger<JobHistoryListener> logger) : IJobListener
{
    /// <summary>The job data key under which 立即运行 passes the run's id (and so the id it is recorded under).</summary>
    public const string RunIdKey = "deputyportal.runId";

    public const string RequestedByKey = "deputyportal.requestedBy";

    public string Name => "job-history";

    private readonly ConcurrentDictionary<string, long> _started = new();

    // The duration is measured on the stopwatch: the scheduler's clock is the application's, which Clock:FixedNow freezes.
    public ValueTask JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        _started[context.FireInstanceId] = Stopwatch.GetTimestamp();
        return ValueTask.CompletedTask;
    }

    public ValueTask JobExecutionVetoed(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    public async ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default)
    {
        try
        {
            var data = context.MergedJobDataMap;
            var runId = data.TryGetString(RunIdKey, out var id) && Guid.TryParse(id, out var parsed) ? parsed : Guid.NewGuid();
            Guid? requestedBy = data.TryGetString(RequestedByKey, out var by) && Guid.TryParse(by, out var user) ? user : null;
            var fired = context.FireTimeUtc.UtcDateTime;
            var duration = _started.TryRemove(context.FireInstanceId, out var started) ? Stopwatch.GetElapsedTime(started) : context.JobRunTime;
            var run = new JobRun
            {
                Id = runId,
                JobName = context.JobDetail.Key.Name,
                JobGroup = context.JobDetail.Key.Group,
                SchedulerInstanceId = context.Scheduler.SchedulerInstanceId,
                FiredAt = fired,
                FinishedAt = fired + duration,
                DurationMs = (long)duration.TotalMilliseconds,
                Succeeded = jobException is null,
                RowsCreated = jobException is null && context.Result is int rows ? rows : null,
                Manual = data.ContainsKey(RunIdKey),
                RequestedBy = requestedBy,
                Error = jobException is null ? null : Describe(jobException),
            };

            // Not the job's token: a run that was cancelled at shutdown is still recorded.
            await using var scope = scopes.Begin();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.JobRuns.Add(run);
            await db.SaveChangesAsync(CancellationToken.None);
        }
        catch (Exception exception)
        {
            LogNotRecorded(logger, context.JobDetail.Key.ToString(), DatabaseErrors.Redacted(exception));
        }
    }

    /// <summary>
    /// The root cause's type and message (Quartz wraps what the job threw), or, when a database error is anywhere in the
    /// chain, only what names it: PostgreSQL's message and detail can quote row values.
    /// </summary>
    private static string Describe(JobExecutionException exception)
    {
        var redacted = DatabaseErrors.Redacted(exception);
        var cause = ReferenceEquals(redacted, exception) ? exception.GetBaseException() : redacted;
        var text = $"{cause.GetType().Name}: {cause.Message}";
        return text.Length <= 2000 ? text : text[..2000];
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The run of job {Job} could not be recorded")]
    private static partial void LogNotRecorded(ILogger logger, string job, Exception exception);
}
