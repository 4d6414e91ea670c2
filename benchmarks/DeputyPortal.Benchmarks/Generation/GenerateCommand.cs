using System.Diagnostics;
using DeputyPortal.Infrastructure.Persistence;
using DeputyPortal.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace DeputyPortal.Benchmarks.Generation;

/// <summary>`generate --scale S --connection CS`: migrates the database, empties it and bulk-loads the scale.</summary>
public static class GenerateCommand
{
    public static async Task<TimeSpan> RunAsync(Scale scale, string connectionString, TextWriter log, CancellationToken ct)
    {
        var started = Stopwatch.StartNew();
        await EnsureDatabaseExistsAsync(connectionString, ct);
        await using (var db = BenchmarkDatabase.CreateContext(connectionString, SystemUser.Instance))
        {
            await db.Database.MigrateAsync(ct);
            await db.Database.ExecuteSqlRawAsync(
                "TRUNCATE townships, terms, congress_sessions, electoral_districts, deputies, presidium_members, "
                + "representative_groups, group_memberships, handling_units, constituents, constituent_contacts, proposals, activities, "
                + "presidium_meetings, performance_reviews, "
                + "proposal_number_series, audit_entries, idempotency_records CASCADE",
                ct);
        }

        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        var writer = new BulkWriter(dataSource);

        // Townships are independent (own seeded Random, own transaction), so several are built and written at once:
        // the COPY of the proposal tables is bound by the server's CPU, which one connection cannot fill.
        var generator = new CountyGenerator();
        var written = 0;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(2, Environment.ProcessorCount), CancellationToken = ct };
        await Parallel.ForEachAsync(Enumerable.Range(0, scale.Townships), parallel, async (index, token) =>
        {
            await writer.WriteAsync(await generator.GenerateTownshipAsync(index, token), token);
            var done = Interlocked.Increment(ref written);
            if (done % 10 == 0 || done == scale.Townships)
            {
                lock (log)
                {
                    log.WriteLine($"  {done}/{scale.Townships} townships written ({started.Elapsed.TotalSeconds:0.0} s)");
                }
            }
        });

        // A live database is kept vacuumed by autovacuum; a bulk load is not yet. Without the visibility map that VACUUM
        // sets, every index-only scan of the benchmarks visits the heap as well (11,671 heap fetches for the county's
        // contacts in one profiles query), which measures the load, not the query.
        await using (var connection = await dataSource.OpenConnectionAsync(ct))
        await using (var vacuum = new NpgsqlCommand("VACUUM (ANALYZE)", connection) { CommandTimeout = 0 })
        {
            await vacuum.ExecuteNonQueryAsync(ct);
        }

        return started.Elapsed;
    }

    private static async Task EnsureDatabaseExistsAsync(string connectionString, CancellationToken ct)
    {
        var target = new NpgsqlConnectionStringBuilder(connectionString);
        var server = new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres" };
        await using var connection = new NpgsqlConnection(server.ConnectionString);
        await connection.OpenAsync(ct);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", connection)
        {
            Parameters = { new NpgsqlParameter { Value = target.Database! } },
        };
        if (await exists.ExecuteScalarAsync(ct) is null)
        {
            // CREATE DATABASE takes no parameters; the name is quoted as an identifier.
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{target.Database!.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", connection);
            await create.ExecuteNonQueryAsync(ct);
        }
    }
}
