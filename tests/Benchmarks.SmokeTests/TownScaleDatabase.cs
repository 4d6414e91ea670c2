using DeputyPortal.Benchmarks.Generation;
using Npgsql;

namespace DeputyPortal.Benchmarks.SmokeTests;

/// <summary>A database of its own on the test cluster, filled once with the generated town scale.</summary>
public sealed class TownScaleDatabase : IAsyncLifetime
{
    private readonly string _server = Environment.GetEnvironmentVariable("DEPUTYPORTAL_TEST_PG")
        ?? throw new InvalidOperationException("DEPUTYPORTAL_TEST_PG is not set: run the tests with scripts/test.sh.");

    private readonly string _name = $"dp_bench_smoke_{Guid.NewGuid():N}";

    public string ConnectionString => new NpgsqlConnectionStringBuilder(_server) { Database = _name }.ConnectionString;

    public TimeSpan GenerationTime { get; private set; }

    public async Task InitializeAsync()
    {
        await ExecuteOnServerAsync($"CREATE DATABASE \"{_name}\"");
        GenerationTime = await GenerateCommand.RunAsync(Scale.Town, ConnectionString, TextWriter.Null, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)");
    }

    private async Task ExecuteOnServerAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
