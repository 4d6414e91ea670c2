using DeputyPortal.Application.Common.Security;
using DeputyPortal.Application.Proposals;
using DeputyPortal.Domain.Constituents;
using DeputyPortal.Domain.Deputies;
using DeputyPortal.Domain.Districts;
using DeputyPortal.Domain.HandlingUnits;
using DeputyPortal.Domain.Proposals;
using DeputyPortal.Domain.Sessions;
using DeputyPortal.Domain.Terms;
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
/// its presidium secretary, a deputy with two constituents, and two proposals (one overdue, one draft); and a second
/// township for the journeys that take proposal steps (<see cref="ProposalStepsSeed"/>).
/// </summary>
public sealed class PortalServer : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string SecretaryUserName = "secretary.chating";
    public const string SecretaryDisplayName = "刘秘书";
    public const string TownshipName = "茶亭镇";
    public const string Password = "Browser@2026pass";
    public const string LeadDeputyName = "王建国";
    public const string LeadUnitName = "茶亭镇农业农村办";
    public const string OverdueTitle = "关于修缮茶亭村机耕道的建议";

    /// <summary>A draft of the lead deputy: private until submitted, so the secretary never sees it.</summary>
    public const string PrivateDraftTitle = "关于增设村级卫生室的建议";
    public const string OverdueNumber = "18-1-J001";
    public const string DeputyUserName = "deputy.chating";
    public static readonly string[] ConstituentNames = ["李桂兰", "张有福"];

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

    /// <summary>A service scope that acts as the system: outside a request a plain scope may write nothing.</summary>
    private AsyncServiceScope SystemScope() => Services.GetRequiredService<ISystemScopes>().Begin();

    /// <summary>
    /// Answers the sign-in page once before any browser opens it, so the first test does not also pay for the JIT and
    /// the first database connections on a busy machine.
    /// </summary>
    public async Task WarmUpAsync()
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromMinutes(2) };
        (await client.GetAsync("/account/login")).EnsureSuccessStatusCode();
        (await client.GetAsync("/health/live")).EnsureSuccessStatusCode();
    }

    private async Task SeedAsync()
    {
        await using var scope = SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var township = Township.Create("360000000001", TownshipName, "测试县");
        db.Townships.Add(township);
        await db.SaveChangesAsync();
        var deputy = await SeedProposalsAsync(scope.ServiceProvider, db, township);
        db.Constituents.AddRange(ConstituentNames.Select((name, i) =>
            Constituent.AssignTo(deputy, name, ConstituentKind.Household, "茶亭村", $"茶亭村{i + 1}组", $"1390000000{i + 1}")));
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

        var deputyUser = new AppUser
        {
            Id = Guid.CreateVersion7(),
            UserName = DeputyUserName,
            DisplayName = LeadDeputyName,
            TownshipId = township.Id,
            DeputyId = deputy.Id,
            LockoutEnabled = true,
        };
        Check(await users.CreateAsync(deputyUser, Password));
        Check(await users.AddToRoleAsync(deputyUser, Roles.Deputy));

        await ProposalStepsSeed.SeedAsync(scope.ServiceProvider, db);
    }

    /// <summary>
    /// A suggestion assigned on 2026-01-05 (due 2026-04-05, overdue on any later date the suite runs) and one still
    /// in draft, written through the domain as the API would.
    /// </summary>
    private static async Task<Deputy> SeedProposalsAsync(IServiceProvider services, AppDbContext db, Township township)
    {
        var term = Term.Create(township.Id, 18, new DateOnly(2021, 9, 1), new DateOnly(2031, 8, 31), new DateOnly(2021, 8, 20));
        var session = CongressSession.Plan(term, 1);
        session.RecordDates(term, new DateOnly(2021, 9, 1), new DateOnly(2021, 9, 2));
        var district = ElectoralDistrict.Create(term, "茶亭村选区", 1800, 2);
        var deputy = Deputy.Elect(district, new DeputyProfile(
            LeadDeputyName, Gender.Male, new DateOnly(1975, 3, 1), "汉族", PartyAffiliation.CpcMember, OccupationCategory.Farmer,
            Education.HighSchool, "13800000001", false, false));
        var unit = HandlingUnit.Register(township.Id, LeadUnitName, HandlingUnitKind.TownshipOffice, "王主任");
        db.AddRange(term, session, district, deputy, unit);
        await db.SaveChangesAsync();

        var assignedOn = new DateOnly(2026, 1, 5);
        ProposalStep On(DateOnly date) => new(new DateTimeOffset(date.ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(8)), date, null, SecretaryDisplayName);
        var overdue = Proposal.Draft(
            term, session, ProposalKind.Suggestion, new ProposalText(OverdueTitle, "茶亭村三组至五组机耕道年久失修。", "农业农村"),
            deputy, [], ProposalRules.Default, On(assignedOn.AddDays(-10)));
        overdue.Submit(On(assignedOn.AddDays(-10)));
        var series = overdue.SeriesIn(term, session);
        overdue.Register(series, await services.GetRequiredService<IProposalNumbering>().NextAsync(series, CancellationToken.None), On(assignedOn.AddDays(-9)));
        overdue.Assign(new ProposalAssignment(unit, [], false, null), session, ProposalRules.Default, On(assignedOn));
        var draft = Proposal.Draft(
            term, null, ProposalKind.Suggestion, new ProposalText(PrivateDraftTitle, "建议在偏远村组增设卫生室。", "医疗卫生"),
            deputy, [], ProposalRules.Default, On(assignedOn));
        db.Proposals.AddRange(overdue, draft);
        await db.SaveChangesAsync();
        return deputy;
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
