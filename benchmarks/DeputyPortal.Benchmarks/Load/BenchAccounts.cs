using DeputyPortal.Application.Common.Security;
using DeputyPortal.Infrastructure;
using DeputyPortal.Infrastructure.Identity;
using DeputyPortal.Infrastructure.Persistence;
using DeputyPortal.Infrastructure.Security;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DeputyPortal.Benchmarks.Load;

/// <summary>
/// Generated townships have no user accounts. This adds one account per role the workflow load run needs, bound to
/// the first township (by code) of a generated database, through the application's own Identity setup.
/// </summary>
public static class BenchAccounts
{
    public const string Password = "Bench@2026pass";

    public static async Task CreateAsync(string connectionString, TextWriter log, CancellationToken ct)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:DeputyPortal"] = connectionString,
            ["Scheduler:Enabled"] = "false",
        }).Build();
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<ICurrentUser>(SystemUser.Instance)
            .AddSingleton(TimeProvider.System)
            .AddInfrastructure(configuration)
            .AddDataProtection().Services
            .BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        // Migrations, roles and the holiday calendars, exactly as the server does at start-up.
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(ct);
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();

        var township = await db.Townships.OrderBy(t => t.Code).FirstAsync(ct);
        var term = await db.Terms.Where(t => t.TownshipId == township.Id).OrderByDescending(t => t.StartsOn).FirstAsync(ct);
        var deputy = await db.Deputies.Where(d => d.TermId == term.Id && d.Status == Domain.Deputies.DeputyStatus.Serving).OrderBy(d => d.Id).FirstAsync(ct);
        var unit = await db.HandlingUnits.Where(u => u.TownshipId == township.Id && u.IsActive).OrderBy(u => u.Id).FirstAsync(ct);

        await EnsureAsync(users, "bench.admin", Roles.Admin, null, null, null);
        await EnsureAsync(users, "bench.county", Roles.CountyStaff, null, null, null);
        await EnsureAsync(users, "bench.secretary", Roles.TownshipSecretary, township.Id, null, null);
        await EnsureAsync(users, "bench.deputy", Roles.Deputy, township.Id, deputy.Id, null);
        await EnsureAsync(users, "bench.unit", Roles.HandlingUnitOfficer, township.Id, null, unit.Id);
        await log.WriteLineAsync($"accounts bench.admin, bench.county, bench.secretary, bench.deputy, bench.unit (password {Password}) for {township.Name}");
    }

    private static async Task EnsureAsync(UserManager<AppUser> users, string userName, string role, Guid? townshipId, Guid? deputyId, Guid? unitId)
    {
        if (await users.FindByNameAsync(userName) is not null)
        {
            return;
        }

        var user = new AppUser
        {
            Id = Guid.CreateVersion7(),
            UserName = userName,
            DisplayName = userName,
            TownshipId = townshipId,
            DeputyId = deputyId,
            HandlingUnitId = unitId,
        };
        Check(await users.CreateAsync(user, Password));
        Check(await users.AddToRoleAsync(user, role));
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
