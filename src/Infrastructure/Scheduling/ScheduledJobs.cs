using DeputyPortal.Application.Common.Paging;
using DeputyPortal.Application.Jobs;
using DeputyPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Quartz;

namespace DeputyPortal.Infrastructure.Scheduling;

/// <summary>
/// The jobs as the scheduler's store holds them (shared by every instance) joined with their recorded runs. With the
/// scheduler turned off (Scheduler:Enabled=false) there are no jobs to list or run.
/// </summary>
public sealed class ScheduledJobs(AppDbContext db, TimeProvider clock, ISchedulerFactory? schedulers = null) : IScheduledJobs
{
    public async Task<IReadOnlyList<ScheduledJobDto>> ListAsync(CancellationToken ct)
    {
        if (schedulers is null)
        {
            return [];
        }

        var scheduler = await schedulers.GetScheduler(ct);
        var jobs = new List<ScheduledJobDto>();
        foreach (var key in (await scheduler.GetJobKeys(GroupMatcher<JobKey>.AnyGroup(), ct)).OrderBy(k => k.Group).ThenBy(k => k.Name))
        {
            var detail = await scheduler.GetJobDetail(key, ct);
            var triggers = await scheduler.GetTriggersOfJob(key, ct);
            var cron = triggers.OfType<ICronTrigger>().FirstOrDefault();
            var lastRun = await db.JobRuns.AsNoTracking()
                .Where(r => r.JobName == key.Name && r.JobGroup == key.Group)
                .OrderByDescending(r => r.FiredAt)
                .FirstOrDefaultAsync(ct);
            var lastFire = Latest(lastRun is null ? null : Utc(lastRun.FiredAt), cron?.PreviousFireTimeUtc);
            var nextFire = triggers.Select(t => t.NextFireTimeUtc).Where(t => t is not null).Min();
            jobs.Add(new ScheduledJobDto(
                key.Name, key.Group, detail?.Description, cron?.CronExpressionString, cron?.TimeZone.Id, lastFire, nextFire, lastRun?.ToDto()));
        }

        return jobs;
    }

    public async Task<PagedList<JobRunDto>?> RunsAsync(string name, int page, int pageSize, CancellationToken ct)
    {
        if (await FindAsync(name, ct) is not { } key)
        {
            return null;
        }

        var runs = db.JobRuns.AsNoTracking()
            .Where(r => r.JobName == key.Name && r.JobGroup == key.Group)
            .OrderByDescending(r => r.FiredAt).ThenBy(r => r.Id);
        var total = await runs.CountAsync(ct);
        var items = await runs.Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        return new PagedList<JobRunDto>([.. items.Select(r => r.ToDto())], page, pageSize, total);
    }

    public async Task<JobRunRequested?> RunNowAsync(string name, Guid? requestedBy, CancellationToken ct)
    {
        if (await FindAsync(name, ct) is not { } key)
        {
            return null;
        }

        var runId = Guid.NewGuid();
        var data = new JobDataMap();
        data.Add(JobHistoryListener.RunIdKey, runId.ToString());
        if (requestedBy is { } user)
        {
            data.Add(JobHistoryListener.RequestedByKey, user.ToString());
        }

        // Stored as a one-shot trigger in the shared store: whichever instance acquires it first runs it, once.
        await (await schedulers!.GetScheduler(ct)).TriggerJob(key, data, ct);
        return new JobRunRequested(key.Name, runId, clock.GetUtcNow());
    }

    private async Task<JobKey?> FindAsync(string name, CancellationToken ct)
    {
        if (schedulers is null || string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var keys = await (await schedulers.GetScheduler(ct)).GetJobKeys(GroupMatcher<JobKey>.AnyGroup(), ct);
        return keys.Where(k => k.Name == name).OrderBy(k => k.Group).FirstOrDefault();
    }

    private static DateTimeOffset? Latest(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : a > b ? a : b;

    internal static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));
}

internal static class JobRunMapping
{
    public static JobRunDto ToDto(this JobRun r) => new(
        r.Id, r.JobName, ScheduledJobs.Utc(r.FiredAt), ScheduledJobs.Utc(r.FinishedAt), r.Succeeded ? "Succeeded" : "Failed",
        r.DurationMs, r.RowsCreated, r.Manual, r.Error);
}
