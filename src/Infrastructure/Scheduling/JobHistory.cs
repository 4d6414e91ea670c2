using DeputyPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DeputyPortal.Infrastructure.Scheduling;

/// <summary>The job history's housekeeping: runs are kept <see cref="RetentionDays"/> days, on the scheduler's clock.</summary>
public sealed class JobHistory(AppDbContext db, TimeProvider clock)
{
    public const int RetentionDays = 90;

    public Task<int> PurgeExpiredAsync(CancellationToken ct)
    {
        var before = clock.GetUtcNow().UtcDateTime.AddDays(-RetentionDays);
        return db.JobRuns.Where(r => r.FiredAt < before).ExecuteDeleteAsync(ct);
    }
}
