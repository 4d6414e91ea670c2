using DeputyPortal.Application.Common.Security;
using DeputyPortal.Domain.Townships;
using DeputyPortal.Infrastructure.Identity;
using DeputyPortal.Infrastructure.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace DeputyPortal.Browser.Tests.Support;

/// <summary>
/// The real application on a real Kestrel port (a browser cannot reach the in-memory TestServer), on a database of
/// its own created on the throwaway cluster that scripts/test.sh starts (DEPUTYPORTAL_TEST_PG), with one township
/// and its presidium secretary.
/// </summary>
public sealed class PortalServer : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string SecretaryUserName = "secretary.chating";
    public const string SecretaryDisplayName = "刘秘书";
    public const string TownshipName = "茶亭镇";
    public const string Password = "Browser@2026pass";

    private readonly string _databaseName = $"dp_browser_{Guid.NewGuid():N}";
    private readonly string _serverConnectionString;
    private readonly string _connectionString;

    public PortalServer()
    {
        _serverConnectionString = Environment.GetEnvironmentVariable("DEPUTYPORTAL_TEST_PG")
            ?? throw new InvalidOperationException("DEPUTYPORTAL_TEST_PG is not set: run the tests with scripts/test.sh, which starts PostgreSQL.");
        _connectionString = new NpgsqlConnectionStringBuilder(_serverConnectionString) { Database = _databaseName }.ConnectionString;
        UseKestrel(0); // any free port on loopback
    }

    /// <summary>Where the browser finds the portal, e.g. http://127.0.0.1:41234.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await using (var connection = new NpgsqlConnection(_serverConnectionString))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{_databaseName}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        StartServer(); // migrations and reference data run now
        var address = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal));
        await SeedAsync();
    }

    public new async Task DisposeAsync()
    {
        await base.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_serverConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_databaseName}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:DeputyPortal", _connectionString);
        builder.UseSetting("Auth:SigningKey", "browser-tests-signing-key-0123456789abcdef");
        builder.UseSetting("Demo:Enabled", "false");
        builder.UseSetting("Scheduler:Enabled", "false");
    }

    private async Task SeedAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var township = Township.Create("360000000001", TownshipName, "测试县");
        db.Townships.Add(township);
        await db.SaveChangesAsync();

        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var secretary = new AppUser
        {
            Id = Guid.CreateVersion7(),
            UserName = SecretaryUserName,
            DisplayName = SecretaryDisplayName,
            TownshipId = township.Id,
            LockoutEnabled = true,
        };
        Check(await users.CreateAsync(secretary, Password));
        Check(await users.AddToRoleAsync(secretary, Roles.TownshipSecretary));
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
