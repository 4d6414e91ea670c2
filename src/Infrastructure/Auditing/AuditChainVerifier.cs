using DeputyPortal.Application.Auditing;
using DeputyPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DeputyPortal.Infrastructure.Auditing;

/// <summary>
/// Recomputes every audit entry's hash with the same database function the chaining trigger used, and checks that
/// each entry points at its predecessor's hash. The first entry where either fails is where the chain was broken.
/// </summary>
public sealed class AuditChainVerifier(AppDbContext db) : IAuditChainVerifier
{
    public async Task<AuditChainReport> VerifyAsync(CancellationToken ct)
    {
        var count = await db.AuditEntries.LongCountAsync(ct);
        var firstBroken = await db.Database.SqlQuery<long>(
            $"""
            SELECT checked.id AS "Value"
            FROM (
                SELECT a.id, a.hash, a.previous_hash,
                       lag(a.hash) OVER (ORDER BY a.id) AS expected_previous_hash,
                       audit_entry_hash(a.previous_hash, a) AS recomputed_hash
                FROM audit_entries a
            ) AS checked
            WHERE checked.hash IS DISTINCT FROM checked.recomputed_hash
               OR checked.previous_hash IS DISTINCT FROM checked.expected_previous_hash
            ORDER BY checked.id
            LIMIT 1
            """).ToListAsync(ct);
        return new AuditChainReport(count, firstBroken.Count == 0 ? null : firstBroken[0]);
    }
}
