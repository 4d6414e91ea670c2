using DeputyPortal.Application.Common.Paging;

namespace DeputyPortal.Application.Jobs;

/// <summary>A scheduled job as the administrator sees it: its schedule, when it fires next and how its last run went.</summary>
public sealed record ScheduledJobDto(
    string Name,
    string Group,
    string? Description,
    string? Cron,
    string? TimeZone,
    DateTimeOffset? LastFireTime,
    DateTimeOffset? NextFireTime,
    JobRunDto? LastRun);

/// <summary>One run of a job: when it was fired and finished, whether it succeeded, and how many rows it created or changed.</summary>
public sealed record JobRunDto(
    Guid Id,
    string JobName,
    DateTimeOffset FiredAt,
    DateTimeOffset FinishedAt,
    string Outcome,
    long DurationMs,
    int? RowsCreated,
    bool Manual,
    string? Error);

/// <summary>The answer to 立即运行: the run's id, under which it appears in the job's history once it has finished.</summary>
public sealed record JobRunRequested(string JobName, Guid RunId, DateTimeOffset RequestedAt);

/// <summary>The scheduler (Quartz, in Infrastructure) and the history of its runs, as the admin endpoints need them.</summary>
public interface IScheduledJobs
{
    Task<IReadOnlyList<ScheduledJobDto>> ListAsync(CancellationToken ct);

    /// <summary>The job's runs, newest first; null when no job has that name.</summary>
    Task<PagedList<JobRunDto>?> RunsAsync(string name, int page, int pageSize, CancellationToken ct);

    /// <summary>Fires the job now through the scheduler (on whichever instance acquires it); null when no job has that name.</summary>
    Task<JobRunRequested?> RunNowAsync(string name, Guid? requestedBy, CancellationToken ct);
}
