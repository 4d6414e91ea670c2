using System.Diagnostics;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Application.Proposals;
using DeputyPortal.Domain.Common;
using DeputyPortal.Domain.Contacts;
using DeputyPortal.Infrastructure.Identity;
using DeputyPortal.Infrastructure.Persistence;
using DeputyPortal.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DeputyPortal.Infrastructure.DemoData;

/// <summary>
/// Loads the demo county (茶亭镇, 昂素镇, 芝山镇 of 青岚县) and its accounts once, into a database without townships.
/// Everything is drawn from one <see cref="Random"/> with a fixed seed, so every fresh database gets the same county;
/// proposals are dated back from the clock's today, so on the same day (or frozen clock) they come out the same too.
/// Their registration numbers are drawn from the numbering series like entered ones, so the series stay gap-free.
/// It writes through the database context, not the mediator, as the system (resolve it from a scope begun by
/// <see cref="ISystemScopes"/>): it sees every township through the filters and its records are audited as the system's.
/// </summary>
public sealed partial class DemoDataSeeder(
    AppDbContext db,
    UserManager<AppUser> users,
    IProposalNumbering numbering,
    ICurrentUser user,
    TimeProvider clock,
    ILogger<DemoDataSeeder> logger)
{
    public const int Seed = 20261123;

    // Any constant key works; it only has to be the same in every instance that might seed at the same time.
    private const long SeedLockKey = 20261123;

    public async Task SeedOnceAsync(CancellationToken ct)
    {
        SystemUser.Require(user, nameof(DemoDataSeeder));
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({SeedLockKey})", ct);
        if (await db.Townships.IgnoreQueryFilters().AnyAsync(ct))
        {
            LogSkipped();
            return;
        }

        var started = Stopwatch.GetTimestamp();
        var now = clock.GetUtcNow();
        var today = ChinaDates.DateOf(now);
        var names = new DemoNames(new Random(Seed));
        var builder = new DemoTownshipBuilder(db, names, new DemoRoster(names), today);
        var townships = DemoTownshipPlan.All.Select(plan => (plan, builder.Build(plan))).ToList();
        await db.SaveChangesAsync(ct);

        var proposals = new DemoTownshipProposals(names, now, numbering.NextAsync);
        var proposalContacts = new List<List<ConstituentContact>>();
        foreach (var (_, built) in townships)
        {
            var (townshipProposals, contacts) = await proposals.BuildAsync(built, ct);
            db.Proposals.AddRange(townshipProposals);
            db.ConstituentContacts.AddRange(contacts);
            proposalContacts.Add(contacts);
        }

        // Drawn after all proposals, so the record of meetings, activities and contacts leaves the proposals as they were.
        foreach (var ((plan, built), contacts) in townships.Zip(proposalContacts))
        {
            db.PresidiumMeetings.AddRange(new DemoMeetingBuilder(plan, built, names.Random, now).Build());
            db.Activities.AddRange(new DemoActivityBuilder(plan, built, names.Random, today).Build());
            db.ConstituentContacts.AddRange(new DemoContactBuilder(plan, built, names, today).Build(contacts));
        }

        // Drawn after everything else, so the reviews leave every earlier demo record as it was.
        foreach (var (_, built) in townships)
        {
            db.PerformanceReviews.AddRange(new DemoReviewBuilder(built, names.Random, today).Build());
        }

        // Drawn last, so the previous term (R10's comparison, one township) leaves every current record as it was.
        foreach (var (plan, built) in townships.Where(t => t.plan.PreviousTermElectedOn is not null))
        {
            var (term, districts, deputies) = new DemoPreviousTermBuilder(built, new DemoRoster(names), names.Random).Build(plan, plan.PreviousTermElectedOn!.Value);
            db.Terms.Add(term);
            db.ElectoralDistricts.AddRange(districts);
            db.Deputies.AddRange(deputies);
        }

        await db.SaveChangesAsync(ct);

        // Everything is saved; the accounts' own saves need not scan the thousands of demo records still tracked.
        db.ChangeTracker.Clear();
        await new DemoAccounts(users).CreateAsync(townships);
        await transaction.CommitAsync(ct);
        var elapsedMs = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        LogSeeded(townships.Count, DemoTownshipPlan.County, elapsedMs);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data not loaded: the database already has townships")]
    private partial void LogSkipped();

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded the demo county {County} with {Townships} townships and its demo accounts in {ElapsedMs} ms")]
    private partial void LogSeeded(int townships, string county, long elapsedMs);
}
