using Microsoft.EntityFrameworkCore;

namespace DeputyPortal.Infrastructure.Persistence.Idempotency;

/// <summary>
/// Claims an Idempotency-Key inside the create's own transaction. A concurrent retry with the same key blocks on the
/// unique key until the first commits (then replays its answer) or rolls back (then runs itself), so a create
/// happens once however often it is sent.
/// </summary>
public sealed class IdempotencyStore(AppDbContext db, TimeProvider clock)
{
    /// <summary>Returns the stored answer for this key, or null when the key is now claimed by the caller's transaction.</summary>
    public async Task<IdempotencyRecord?> ClaimAsync(Guid userId, string key, string requestHash, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
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
}
