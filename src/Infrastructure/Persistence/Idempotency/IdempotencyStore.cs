using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DeputyPortal.Infrastructure.Persistence.Idempotency;

/// <summary>
/// Claims an Idempotency-Key inside the create's own transaction. A concurrent retry with the same key blocks on the
/// unique key until the first commits (then replays its answer) or rolls back (then runs itself), so a create
/// happens once however often it is sent. A stored answer lives for <see cref="IdempotencyOptions.RetentionHours"/>:
/// an older one is deleted when its key is claimed again (and so never replayed), and by <see cref="PurgeExpiredAsync"/>.
/// </summary>
public sealed class IdempotencyStore(AppDbContext db, TimeProvider clock, IOptions<IdempotencyOptions> options)
{
    /// <summary>Returns the stored answer for this key, or null when the key is now claimed by the caller's transaction.</summary>
    public async Task<IdempotencyRecord?> ClaimAsync(Guid userId, string key, string requestHash, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var expiredBefore = ExpiredBefore(now);
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"DELETE FROM idempotency_records WHERE user_id = {userId} AND key = {key} AND created_at < {expiredBefore}",
            ct);
        var claimed = await db.Database.ExecuteSqlInterpolatedAsync(
            $"""
            INSERT INTO idempotency_records (user_id, key, request_hash, status_code, created_at)
            VALUES ({userId}, {key}, {requestHash}, 0, {now})
            ON CONFLICT (user_id, key) DO NOTHING
            """,
            ct);
        if (claimed == 1)
        {
            return null;
        }

        return await db.IdempotencyRecords.AsNoTracking().SingleAsync(r => r.UserId == userId && r.Key == key, ct);
    }

    public Task CompleteAsync(Guid userId, string key, int statusCode, string? body, string? location, string? etag, CancellationToken ct) =>
        db.Database.ExecuteSqlInterpolatedAsync(
            $"""
            UPDATE idempotency_records
            SET status_code = {statusCode}, response_body = {body}::jsonb, location = {location}, e_tag = {etag}
            WHERE user_id = {userId} AND key = {key}
            """,
            ct);

    /// <summary>Deletes every stored answer past its retention; returns how many.</summary>
    public Task<int> PurgeExpiredAsync(CancellationToken ct)
    {
        var expiredBefore = ExpiredBefore(clock.GetUtcNow().UtcDateTime);
        return db.Database.ExecuteSqlInterpolatedAsync($"DELETE FROM idempotency_records WHERE created_at < {expiredBefore}", ct);
    }

    private DateTime ExpiredBefore(DateTime now) => now - options.Value.Retention;
}
