using DeputyPortal.Api.FunctionalTests.Support;
using DeputyPortal.Application.Common.Security;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Quartz;

namespace DeputyPortal.Api.FunctionalTests.Cluster;

/// <summary>
/// Another instance of the application on a database that already exists (the shared portal's, or one a test made):
/// the same settings and frozen clock as <see cref="PortalFactory"/>, its own process state and its own Quartz
/// instance (the clustered scheduler generates a distinct instance id). It neither creates nor drops the database.
/// </summary>
public sealed class PeerHost(string connectionString, Action<IServiceCollection>? services = null) : WebApplicationFactory<Program>
{
    public AsyncServiceScope SystemScope() => Services.GetRequiredService<ISystemScopes>().Begin();

    public async Task<IScheduler> SchedulerAsync() => await Services.GetRequiredService<ISchedulerFactory>().GetScheduler();

    /// <summary>Starts the host (migrations and reference data, then the scheduler).</summary>
    public PeerHost Started()
    {
        _ = Server;
        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:DeputyPortal", connectionString);
        builder.UseSetting("Auth:SigningKey", "functional-tests-signing-key-0123456789abcdef");
        builder.UseSetting("Demo:Enabled", "false");
        builder.ConfigureTestServices(s =>
        {
            s.Configure<PasswordHasherOptions>(options => options.IterationCount = 1000);
            s.AddSingleton<TimeProvider>(new FrozenTimeProvider(TestWorld.Now));
            services?.Invoke(s);
        });
    }

    /// <summary>A database of its own on the test cluster, dropped when disposed; hosts come and go on it.</summary>
    public sealed class Database : IAsyncDisposable
    {
        private readonly string _server;
        private readonly string _name = $"dp_cluster_{Guid.NewGuid():N}";

        private Database(string server)
        {
            _server = server;
            ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = _name }.ConnectionString;
        }

        public string ConnectionString { get; }

        public static async Task<Database> CreateAsync(string server)
        {
            var database = new Database(server);
            await using var connection = new NpgsqlConnection(server);
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database._name}\"", connection);
            await create.ExecuteNonQueryAsync();
            return database;
        }

        public async ValueTask DisposeAsync()
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(_server);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }
}

/// <summary>Waits for a condition by asking again, never by sleeping a fixed time first.</summary>
public static class Eventually
{
    public static async Task<T> WaitForAsync<T>(Func<Task<T>> read, Func<T, bool> done, string what, int timeoutSeconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(timeoutSeconds);
        while (true)
        {
            var value = await read();
            if (done(value))
            {
                return value;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Timed out after {timeoutSeconds} s waiting for {what}; last seen: {value}");
            }

            await Task.Delay(100);
        }
    }
}
