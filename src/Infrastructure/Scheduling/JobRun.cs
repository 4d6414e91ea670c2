namespace DeputyPortal.Infrastructure.Scheduling;

/// <summary>
/// One run of a scheduled job, written by <see cref="JobHistoryListener"/> when it finishes (on whichever instance
/// ran it) and kept <see cref="JobHistory.RetentionDays"/> days. Storage of the scheduler, not a business record: not audited.
/// </summary>
public sealed class JobRun
{
    public Guid Id { get; set; }

    public string JobName { get; set; } = null!;

    public string JobGroup { get; set; } = null!;

    /// <summary>The Quartz instance that ran it (which node of the cluster).</summary>
    public string SchedulerInstanceId { get; set; } = null!;

    public DateTime FiredAt { get; set; }

    public DateTime FinishedAt { get; set; }

    public bool Succeeded { get; set; }

    public long DurationMs { get; set; }

    /// <summary>The job's result: how many rows it created or changed; null when it failed or answers none.</summary>
    public int? RowsCreated { get; set; }

    /// <summary>Fired by an administrator (立即运行) rather than by its schedule.</summary>
    public bool Manual { get; set; }

    public Guid? RequestedBy { get; set; }

    /// <summary>What failed, redacted: exception types and, for a database error, only what names the failure.</summary>
    public string? Error { get; set; }
}
