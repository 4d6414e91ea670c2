using DeputyPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DeputyPortal.Api.FunctionalTests.Fuzzing;

/// <summary>The row count of every application table and the head of the audit chain: equal snapshots mean nothing was written.</summary>
public sealed record DatabaseSnapshot(IReadOnlyDictionary<string, long> RowCounts, long AuditEntries, string? LastAuditHash)
{
    public static async Task<DatabaseSnapshot> TakeAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var tables = db.Model.GetEntityTypes().Select(t => t.GetTableName()).OfType<string>().Distinct().Order().ToList();
        var counts = new Dictionary<string, long>();
        foreach (var table in tables)
        {
#pragma warning disable EF1002 // the table names come from the model, not from input
            counts[table] = await db.Database.SqlQueryRaw<long>($"SELECT count(*) AS \"Value\" FROM \"{table}\"").SingleAsync();
#pragma warning restore EF1002
        }

        var audit = await db.AuditEntries.CountAsync();
        var lastHash = await db.AuditEntries.OrderByDescending(a => a.Id).Select(a => a.Hash).FirstOrDefaultAsync();
        return new DatabaseSnapshot(counts, audit, lastHash);
    }

    public IEnumerable<string> DifferencesFrom(DatabaseSnapshot before) =>
        RowCounts.Where(c => before.RowCounts.GetValueOrDefault(c.Key) != c.Value)
            .Select(c => $"{c.Key}: {before.RowCounts.GetValueOrDefault(c.Key)} → {c.Value} rows")
            .Concat(AuditEntries == before.AuditEntries && LastAuditHash == before.LastAuditHash
                ? []
                : [$"audit chain: {before.AuditEntries} entries ending {before.LastAuditHash} → {AuditEntries} ending {LastAuditHash}"]);
}
