using DeputyPortal.Application.Common.Security;
using DeputyPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace DeputyPortal.Benchmarks;

/// <summary>Where benchmarks find their data: one database per scale on the server named by DEPUTYPORTAL_BENCH_PG.</summary>
public static class BenchmarkDatabase
{
    /// <summary>Set by the smoke test to point every benchmark at its own database.</summary>
    public static string? Override { get; set; }

    public static string For(string scale)
    {
        if (Override is not null)
        {
            return Override;
        }

        var server = Environment.GetEnvironmentVariable("DEPUTYPORTAL_BENCH_PG")
            ?? throw new InvalidOperationException("DEPUTYPORTAL_BENCH_PG is not set (see docs/performance.md).");
        return new NpgsqlConnectionStringBuilder(server) { Database = $"dp_bench_{scale}" }.ConnectionString;
    }

    public static AppDbContext CreateContext(string connectionString, ICurrentUser user) =>
        new(new DbContextOptionsBuilder<AppDbContext>().UseNpgsql(connectionString).UseSnakeCaseNamingConvention().Options, user);
}

/// <summary>A caller for in-process query benchmarks: the same scoping as a real user of that role.</summary>
public sealed record BenchmarkUser(string? Role, Guid? TownshipId) : ICurrentUser
{
    public Guid? UserId => null;

    public string UserName => "benchmark";

    public Guid? DeputyId => null;

    public Guid? HandlingUnitId => null;

    public bool IsSystem => false;
}
