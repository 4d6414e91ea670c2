using System.Net.Http.Headers;
using System.Net.Http.Json;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Infrastructure.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace DeputyPortal.Api.FunctionalTests.Support;

/// <summary>
/// The real application (all middleware, the real PostgreSQL, migrations applied at start-up) on a database of its
/// own, created on the throwaway cluster that scripts/test.sh starts (DEPUTYPORTAL_TEST_PG).
/// </summary>
public sealed class PortalFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string Password = "Test@2026pass";

    private readonly string _databaseName = $"dp_test_{Guid.NewGuid():N}";
    private readonly Dictionary<string, string> _tokens = [];
    private string? _truncateSql;

    public PortalFactory()
    {
        var server = Environment.GetEnvironmentVariable("DEPUTYPORTAL_TEST_PG")
            ?? throw new InvalidOperationException("DEPUTYPORTAL_TEST_PG is not set: run the tests with scripts/test.sh, which starts PostgreSQL.");
        ServerConnectionString = server;
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = _databaseName }.ConnectionString;
    }

    public string ServerConnectionString { get; }

    public string ConnectionString { get; }

    public TestWorld World { get; private set; } = null!;

    /// <summary>What the application logged, through its own level filters.</summary>
    public CapturedLogs Logs { get; } = new();

    public async Task InitializeAsync()
    {
        await using var connection = new NpgsqlConnection(ServerConnectionString);
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{_databaseName}\"", connection);
        await create.ExecuteNonQueryAsync();
        _ = Server; // starts the host: migrations and reference data run now
    }

    public new async Task DisposeAsync()
    {
        await base.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(ServerConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_databaseName}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:DeputyPortal", ConnectionString);
        builder.UseSetting("Auth:SigningKey", "functional-tests-signing-key-0123456789abcdef");
        builder.UseSetting("Demo:Enabled", "false");
        builder.ConfigureTestServices(services =>
        {
            services.Configure<PasswordHasherOptions>(options => options.IterationCount = 1000);
            services.AddSingleton<TimeProvider>(new FrozenTimeProvider(TestWorld.Now));
            services.AddSingleton<ILoggerProvider>(Logs);
        });
    }

    /// <summary>
    /// A service scope that acts as the system, as start-up and the scheduled jobs do: outside an HTTP request a plain
    /// scope is nobody, sees no row and may write none. Tests arrange and inspect the database through it.
    /// </summary>
    public AsyncServiceScope SystemScope() => Services.GetRequiredService<ISystemScopes>().Begin();

    /// <summary>Empties every application table (reference data kept) and loads the baseline world afresh.</summary>
    public async Task ResetAsync()
    {
        await EmptyDatabaseAsync();
        await using var scope = SystemScope();
        World = await TestWorld.SeedAsync(scope.ServiceProvider);
        _tokens.Clear();
    }

    /// <summary>Empties every application table but the roles and the holiday calendar, which start-up loads once.</summary>
    public async Task EmptyDatabaseAsync()
    {
        await using var scope = SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        _truncateSql ??= TruncateStatement(db);
        await db.Database.ExecuteSqlRawAsync(_truncateSql);
    }

    /// <summary>An API client signed in as the given user of the baseline world.</summary>
    public async Task<HttpClient> ClientForAsync(string userName)
    {
        if (!_tokens.TryGetValue(userName, out var token))
        {
            using var anonymous = CreateClient();
            var response = await anonymous.PostAsJsonAsync("/api/v1/auth/token", new { userName, password = Password });
            response.EnsureSuccessStatusCode();
            token = (await response.Content.ReadFromJsonAsync<TokenAnswer>())!.access_token;
            _tokens[userName] = token;
        }

        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static string TruncateStatement(AppDbContext db)
    {
        // The key ring stays: every host on the database, and every cookie it issued, goes on reading it.
        string[] kept = ["roles", "calendar_days", "data_protection_keys"];
        var tables = db.Model.GetEntityTypes()
            .Where(t => !t.IsOwned() || t.GetTableName() != t.FindOwnership()!.PrincipalEntityType.GetTableName())
            .Select(t => t.GetTableName())
            .OfType<string>()
            .Distinct()
            .Where(t => !kept.Contains(t))
            .Select(t => $"\"{t}\"");
        return $"TRUNCATE TABLE {string.Join(", ", tables)} RESTART IDENTITY CASCADE";
    }

    private sealed record TokenAnswer(string access_token, int expires_in);
}

[CollectionDefinition(Name)]
public sealed class PortalCollection : ICollectionFixture<PortalFactory>
{
    public const string Name = "portal";
}

/// <summary>Base of functional tests: each test starts from the same baseline world.</summary>
[Collection(PortalCollection.Name)]
public abstract class PortalTest(PortalFactory portal) : IAsyncLifetime
{
    protected PortalFactory Portal { get; } = portal;

    protected TestWorld World => Portal.World;

    public Task InitializeAsync() => Portal.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    protected Task<HttpClient> As(string userName) => Portal.ClientForAsync(userName);
}
