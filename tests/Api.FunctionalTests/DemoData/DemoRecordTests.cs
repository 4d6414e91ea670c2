using DeputyPortal.Api.FunctionalTests.Support;
using DeputyPortal.Domain.Activities;
using DeputyPortal.Domain.Compliance;
using DeputyPortal.Domain.Meetings;
using DeputyPortal.Domain.Reviews;
using DeputyPortal.Infrastructure.DemoData;
using DeputyPortal.Infrastructure.Identity;
using DeputyPortal.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DeputyPortal.Api.FunctionalTests.DemoData;

/// <summary>
/// The demo's record between sessions (meetings, activities, contacts, session dates) from 2025 to the test clock's
/// today (2026-06-15, in 2026-Q2), with the deliberate gaps that make every compliance answer show up.
/// </summary>
public sealed class DemoRecordTests(PortalFactory portal) : PortalTest(portal)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(TestWorld.Now.DateTime);
    private static readonly Quarter Current = Quarter.Of(Today);

    private static readonly Quarter[] Finished =
        [new(2025, 1), new(2025, 2), new(2025, 3), new(2025, 4), new(2026, 1)];

    [Fact]
    public async Task Seed_RecordsARegularMeetingEachQuarter_ExceptTheDeliberateGaps()
    {
        await using var scope = await SeedAsync();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var meetings = await db.PresidiumMeetings.IgnoreQueryFilters().ToListAsync();
        var townships = await db.Townships.ToDictionaryAsync(t => t.Name, t => t.Id);
        Assert.All(meetings, m => Assert.True(m.HeldAt <= TestWorld.Now, $"meeting at {m.HeldAt} is in the future"));
        Assert.All(meetings, m => Assert.Equal(DemoRoster.PresidiumSize, m.Attendance.Count));
        Assert.All(meetings, m => Assert.NotEmpty(m.Agenda));
        Assert.All(meetings, m => Assert.False(string.IsNullOrWhiteSpace(m.Minutes)));
        Assert.All(meetings.SelectMany(m => m.Attendance).Where(a => a.Attendance == Attendance.OnLeave), a => Assert.False(string.IsNullOrWhiteSpace(a.LeaveReason)));
        Assert.Contains(meetings, m => m.Attendance.Any(a => a.Attendance == Attendance.OnLeave));
        Assert.Contains(meetings, m => m.InvitedDeputies.Count > 0);
        var decisions = meetings.SelectMany(m => m.Decisions).ToList();
        Assert.Contains(decisions, d => d.FollowUpCompletedOn is not null);
        Assert.Contains(decisions, d => d.IsFollowUpOverdue(Today) || (d.FollowUpDueOn >= Today && d.FollowUpCompletedOn is null));

        bool MetR3(string township, Quarter quarter) =>
            meetings.Any(m => m.TownshipId == townships[township] && quarter.Contains(m.HeldOn) && m.CountsForRegularMeetingRule);

        // 茶亭镇 and 昂素镇 meet every quarter; 昂素镇 2025-Q3 had only an extraordinary meeting.
        Assert.All(Finished, q => Assert.True(MetR3("茶亭镇", q), $"茶亭镇 {q}"));
        Assert.All(Finished.Where(q => q != new Quarter(2025, 3)), q => Assert.True(MetR3("昂素镇", q), $"昂素镇 {q}"));
        var angsuQ3 = meetings.Where(m => m.TownshipId == townships["昂素镇"] && new Quarter(2025, 3).Contains(m.HeldOn)).ToList();
        Assert.NotEmpty(angsuQ3);
        Assert.All(angsuQ3, m => Assert.Equal(PresidiumMeetingKind.Extraordinary, m.Kind));

        // 芝山镇's only regular meeting of 2026-Q1 was short of a quorum, so nothing it voted passed.
        var zhishanQ1 = meetings.Where(m => m.TownshipId == townships["芝山镇"] && new Quarter(2026, 1).Contains(m.HeldOn) && m.Kind == PresidiumMeetingKind.Regular).ToList();
        var withoutQuorum = Assert.Single(zhishanQ1);
        Assert.False(withoutQuorum.HasQuorum);
        Assert.True(withoutQuorum.PresentCount < withoutQuorum.QuorumRequired);
        Assert.All(withoutQuorum.Decisions, d => Assert.False(d.Passed));
        Assert.All(Finished.Where(q => q != new Quarter(2026, 1)), q => Assert.True(MetR3("芝山镇", q), $"芝山镇 {q}"));

        // The current quarter: 芝山镇 has not held its regular meeting yet (pending).
        Assert.DoesNotContain(meetings, m => m.TownshipId == townships["芝山镇"] && Current.Contains(m.HeldOn) && m.Kind == PresidiumMeetingKind.Regular);
    }

    [Fact]
    public async Task Seed_RecordsGroupActivities_MostGroupsActive_SomeIdle()
    {
        await using var scope = await SeedAsync();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var activities = await db.Activities.IgnoreQueryFilters().ToListAsync();
        var groups = await db.RepresentativeGroups.ToListAsync();
        var townships = await db.Townships.ToDictionaryAsync(t => t.Id, t => t.Name);
        Assert.All(activities, a => Assert.True(a.StartsOn <= Today));
        Assert.All(activities.SelectMany(a => a.Participants).Where(p => p.Attendance == Attendance.OnLeave), p => Assert.False(string.IsNullOrWhiteSpace(p.LeaveReason)));

        var pairs = groups.SelectMany(g => Finished.Select(q => (Group: g, Quarter: q))).ToList();
        var members = groups.ToDictionary(g => g.Id, g => (IReadOnlyCollection<Guid>)g.Members.Select(m => m.DeputyId).ToList());
        bool Active((Domain.Groups.RepresentativeGroup Group, Quarter Quarter) p) =>
            activities.Any(a => a.OrganizingGroupId == p.Group.Id && p.Quarter.Contains(a.StartsOn) && a.AttendedByAnyOf(members[p.Group.Id]));
        var active = pairs.Count(Active);
        Assert.True(active >= 0.8 * pairs.Count, $"{active} of {pairs.Count} group-quarters active");
        foreach (var name in townships.Values)
        {
            Assert.Contains(pairs, p => townships[p.Group.TownshipId] == name && !activities.Any(a => a.OrganizingGroupId == p.Group.Id && p.Quarter.Contains(a.StartsOn)));
        }

        // A group whose only activity of a quarter none of its members attended.
        Assert.Contains(pairs, p =>
            activities.Count(a => a.OrganizingGroupId == p.Group.Id && p.Quarter.Contains(a.StartsOn)) == 1 && !Active(p));

        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var deputyId = (await users.FindByNameAsync("deputy.chating"))!.DeputyId!.Value;
        var own = activities.Where(a => a.Participants.Any(p => p.DeputyId == deputyId && p.Attendance == Attendance.Present)).ToList();
        Assert.True(own.Count >= 4, $"deputy.chating attended {own.Count} activities");
    }

    [Fact]
    public async Task Seed_RecordsSupervision_WithRectificationItemsInEveryState_AndTalliesWithinPresent()
    {
        await using var scope = await SeedAsync();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var supervision = (await db.Activities.IgnoreQueryFilters().ToListAsync()).Where(a => a.Kind.IsSupervision()).ToList();
        foreach (var township in await db.Townships.ToListAsync())
        {
            var in2025 = supervision.Count(a => a.TownshipId == township.Id && a.StartsOn.Year == 2025);
            Assert.InRange(in2025, 2, 4);
        }

        Assert.All(supervision, a => Assert.NotEmpty(a.SubjectUnits));
        Assert.All(supervision, a => Assert.False(string.IsNullOrWhiteSpace(a.Findings)));
        var rated = supervision.Where(a => a.Kind.RatesUnits()).ToList();
        Assert.NotEmpty(rated);
        Assert.All(rated, a => Assert.Equal(a.SubjectUnits.Count, a.Tallies.Count));
        Assert.All(rated.SelectMany(a => a.Tallies.Select(t => (t.Total, a.PresentCount))), x => Assert.InRange(x.Total, 1, x.PresentCount));

        var items = supervision.SelectMany(a => a.RectificationItems).ToList();
        var completed = items.Where(r => r.Status == RectificationStatus.Completed).ToList();
        Assert.NotEmpty(completed);
        Assert.All(completed, r => Assert.True(r.CompletedOn <= Today && !string.IsNullOrWhiteSpace(r.Evidence)));
        Assert.Contains(items, r => r.Status != RectificationStatus.Completed && !r.IsOverdue(Today));
        Assert.Contains(items, r => r.IsOverdue(Today));
    }

    [Fact]
    public async Task Seed_LogsContactsForMostDeputies_SomeMissingAQuarter()
    {
        await using var scope = await SeedAsync();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var contacts = await db.ConstituentContacts.IgnoreQueryFilters().ToListAsync();
        var serving = (await CurrentDeputiesAsync(db)).Where(d => d.IsServing).ToList();
        Assert.All(contacts, c => Assert.True(c.ContactedOn <= Today));
        Assert.Contains(contacts, c => c.Concerns.Count > 0);
        Assert.True(contacts.Select(c => c.Channel).Distinct().Count() >= 5);

        var lastQuarter = new Quarter(2026, 1);
        var withContact = serving.Count(d => contacts.Any(c => c.DeputyId == d.Id && lastQuarter.Contains(c.ContactedOn)));
        Assert.True(withContact >= 0.8 * serving.Count, $"{withContact} of {serving.Count} deputies logged a contact in {lastQuarter}");
        Assert.True(withContact < serving.Count, "no deputy missed 2026-Q1");
        foreach (var township in await db.Townships.ToListAsync())
        {
            Assert.Contains(serving, d => d.TownshipId == township.Id && Finished.Any(q => !contacts.Any(c => c.DeputyId == d.Id && q.Contains(c.ContactedOn))));
        }

        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var deputyId = (await users.FindByNameAsync("deputy.chating"))!.DeputyId!.Value;
        Assert.All(Finished, q => Assert.Contains(contacts, c => c.DeputyId == deputyId && q.Contains(c.ContactedOn)));
        var drafted = contacts.Where(c => c.Concerns.Any(x => x.ProposalId is not null)).ToList();
        Assert.Equal(3, drafted.Count);
        Assert.Equal(3, drafted.Select(c => c.TownshipId).Distinct().Count());
        Assert.Contains(drafted, c => c.DeputyId == deputyId);
    }

    [Fact]
    public async Task Seed_OpensTheFirstSessionByMarch_ExceptZhishanIn2025()
    {
        await using var scope = await SeedAsync();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var sessions = await db.CongressSessions.ToListAsync();
        var townships = await db.Townships.ToDictionaryAsync(t => t.Name, t => t.Id);
        DateOnly FirstOpened(string township, int year) =>
            sessions.Where(s => s.TownshipId == townships[township] && s.OpenedOn?.Year == year).Min(s => s.OpenedOn!.Value);

        foreach (var township in new[] { "茶亭镇", "昂素镇" })
        {
            Assert.True(FirstOpened(township, 2025) <= new DateOnly(2025, 3, 31));
            Assert.True(FirstOpened(township, 2026) <= new DateOnly(2026, 3, 31));
            Assert.Equal(2, sessions.Count(s => s.TownshipId == townships[township] && s.ClosedOn?.Year == 2025));
        }

        Assert.True(FirstOpened("芝山镇", 2025) > new DateOnly(2025, 3, 31));
        Assert.True(FirstOpened("芝山镇", 2026) <= new DateOnly(2026, 3, 31));
    }

    [Fact]
    public async Task Seed_ReviewsAboutHalfOfEachTownshipsDeputies_SomeBelowTheThresholds()
    {
        await using var scope = await SeedAsync();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var reviews = await db.PerformanceReviews.ToListAsync();
        var deputies = await CurrentDeputiesAsync(db);
        var terms = await db.Terms.ToDictionaryAsync(t => t.Id);

        foreach (var township in await db.Townships.ToListAsync())
        {
            var serving = deputies.Count(d => d.TownshipId == township.Id && d.IsServing);
            var reviewed = reviews.Where(r => r.TownshipId == township.Id).Select(r => r.DeputyId).Distinct().Count();
            Assert.InRange(reviewed, (serving / 2) - 2, (serving / 2) + 1);
        }

        Assert.All(reviews, r => Assert.True(terms[r.TermId].Period.Contains(r.HeldOn) && r.HeldOn <= Today, $"review on {r.HeldOn}"));
        Assert.All(reviews, r => Assert.True(r.Tally.VotesCast <= r.VotersPresent));
        Assert.All(reviews, r => Assert.Equal(deputies.Single(d => d.Id == r.DeputyId).DistrictId, r.DistrictId));
        Assert.Contains(reviews, r => r.ProposedOutcome == ReviewOutcome.Excellent);
        Assert.Contains(reviews, r => r.ProposedOutcome == ReviewOutcome.BasicallyCompetent);
        Assert.Contains(reviews, r => r.ProposedOutcome == ReviewOutcome.Incompetent);
        Assert.Contains(reviews, r => r.Outcome is null);
        Assert.Contains(reviews, r => r.Outcome is not null);

        var accountDeputies = await db.Users.Where(u => u.UserName!.StartsWith("deputy.")).Select(u => u.DeputyId).ToListAsync();
        Assert.All(accountDeputies, id => Assert.Contains(reviews, r => r.DeputyId == id));
    }

    /// <summary>The deputies of the current terms (第十八届): 茶亭镇's previous term has deputies too, with no record between sessions.</summary>
    private static Task<List<Domain.Deputies.Deputy>> CurrentDeputiesAsync(AppDbContext db) =>
        db.Deputies.Where(d => db.Terms.Any(t => t.Id == d.TermId && t.Number == DemoTownshipBuilder.TermNumber)).ToListAsync();

    private async Task<AsyncServiceScope> SeedAsync()
    {
        await Portal.EmptyDatabaseAsync();
        await using (var seeding = Portal.SystemScope())
        {
            await seeding.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedOnceAsync(CancellationToken.None);
        }

        return Portal.SystemScope();
    }
}
