using System.Net;
using System.Net.Http.Json;
using DeputyPortal.Api.FunctionalTests.Support;
using DeputyPortal.Domain.Deputies;
using DeputyPortal.Domain.Presidium;
using DeputyPortal.Domain.Proposals;
using DeputyPortal.Infrastructure.DemoData;
using DeputyPortal.Infrastructure.Identity;
using DeputyPortal.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DeputyPortal.Api.FunctionalTests.DemoData;

public sealed class DemoDataSeederTests(PortalFactory portal) : PortalTest(portal)
{
    private static readonly string[] DemoUserNames =
    [
        "admin", "county", "secretary.chating", "secretary.angsu", "secretary.zhishan", "presidium.chating", "deputy.chating", "unit.chating",
    ];

    private static readonly DateOnly Today = new(2026, 11, 23);

    [Fact]
    public async Task Seed_IntoEmptyDatabase_LoadsThreeTownshipsOfBelievableSize()
    {
        await Portal.EmptyDatabaseAsync();

        await SeedAsync();

        await using var scope = Portal.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var townships = await db.Townships.OrderBy(t => t.Code).ToListAsync();
        Assert.Equal(["茶亭镇", "昂素镇", "芝山镇"], townships.Select(t => t.Name));
        Assert.All(townships, t => Assert.Matches("^[0-9]{12}$", t.Code));
        foreach (var township in townships)
        {
            // One current term (第十八届); 茶亭镇 also has its previous term (第十七届) recorded, for R10's comparison.
            var terms = await db.Terms.Where(t => t.TownshipId == township.Id).OrderBy(t => t.Number).ToListAsync();
            var term = terms[^1];
            Assert.True(term.IsCurrentOn(Today), $"{township.Name}: term not current");
            Assert.Equal(township.Name == "茶亭镇" ? [17, 18] : [18], terms.Select(t => t.Number));

            var sessions = await db.CongressSessions.Where(s => s.TermId == term.Id).ToListAsync();
            Assert.True(sessions.Count >= 2, $"{township.Name}: {sessions.Count} sessions");
            // Sessions up to the clock's today have their dates; later ones are only planned.
            var clockToday = DateOnly.FromDateTime(TestWorld.Now.DateTime);
            Assert.All(sessions.Where(s => s.OpenedOn is not null), s => Assert.True(s.OpenedOn <= clockToday && (s.ClosedOn is null || s.ClosedOn >= s.OpenedOn)));
            Assert.True(sessions.Count(s => s.OpenedOn is null) <= 1, $"{township.Name}: more than one session still to come");

            var districts = await db.ElectoralDistricts.Where(d => d.TermId == term.Id).ToListAsync();
            Assert.All(districts, d => Assert.InRange(d.Seats, 1, 3));
            Assert.All(districts, d => Assert.InRange(d.VoterCount, 1500, 4000));

            var deputies = await db.Deputies.Where(d => d.TermId == term.Id).ToListAsync();
            Assert.InRange(deputies.Count, 40, 60);
            Assert.Equal(districts.Sum(d => d.Seats), deputies.Count);
            var terminated = deputies.Where(d => !d.IsServing).ToList();
            Assert.InRange(terminated.Count, 1, 2);
            Assert.All(terminated, d => Assert.True(d.TerminatedOn is not null && !string.IsNullOrWhiteSpace(d.TerminationReason)));
            Assert.True(deputies.Count(d => d.Party != PartyAffiliation.CpcMember) >= 0.35 * deputies.Count, $"{township.Name}: non-CPC share below 35 %");
            Assert.InRange(deputies.Count(d => d.Gender == Gender.Female) / (double)deputies.Count, 0.25, 0.35);
            Assert.InRange(deputies.Count(d => d.IsReelected) / (double)deputies.Count, 0.25, 0.40);
            Assert.InRange(deputies.Count(d => d.Occupation == OccupationCategory.PartyGovernmentLeader) / (double)deputies.Count, 0.13, 0.21);

            var presidium = await db.PresidiumMembers.Where(p => p.TermId == term.Id).ToListAsync();
            Assert.Equal(7, presidium.Count);
            Assert.Single(presidium, p => p.Post == PresidiumPost.Chair);
            Assert.InRange(presidium.Count(p => p.Post == PresidiumPost.ViceChair), 1, 2);
            Assert.All(presidium, p => Assert.Contains(deputies, d => d.Id == p.DeputyId && d.IsServing));

            var groups = await db.RepresentativeGroups.Where(g => g.TermId == term.Id).ToListAsync();
            Assert.InRange(groups.Count, 5, 8);
            Assert.All(groups, g => Assert.InRange(g.Members.Count, 5, 9));
            Assert.All(groups, g => Assert.Contains(g.Members, m => m.DeputyId == g.LeaderDeputyId));
            Assert.All(groups, g => Assert.Contains(presidium, p => p.Id == g.LiaisonPresidiumMemberId));

            Assert.Equal(10, await db.HandlingUnits.CountAsync(u => u.TownshipId == township.Id && u.HeadName != null));

            var constituents = await db.Constituents.Where(c => c.TownshipId == township.Id).ToListAsync();
            Assert.True(constituents.Count >= 300, $"{township.Name}: {constituents.Count} constituents");
            Assert.All(deputies.Where(d => d.IsServing), d => Assert.True(constituents.Count(c => c.DeputyId == d.Id) >= 10, $"{d.Name} has fewer than 10 constituents"));
            Assert.All(constituents.Where(c => c.Phone is not null), c => Assert.Matches(@"^(1\d{10}|0\d{3}-\d{7})$", c.Phone!));
        }
    }

    [Fact]
    public async Task Seed_RecordsChatingsPreviousTerm_WithTheReelectedInIt_AndMoreWomenThanNow()
    {
        await Portal.EmptyDatabaseAsync();

        await SeedAsync();

        await using var scope = Portal.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var chating = await db.Townships.SingleAsync(t => t.Name == "茶亭镇");
        var terms = await db.Terms.Where(t => t.TownshipId == chating.Id).OrderBy(t => t.Number).ToListAsync();
        var (previous, current) = (terms[0], terms[1]);
        Assert.Equal(current.StartsOn.AddDays(-1), previous.EndsOn);
        var before = await db.Deputies.Where(d => d.TermId == previous.Id).ToListAsync();
        var now = await db.Deputies.Where(d => d.TermId == current.Id).ToListAsync();
        Assert.Equal(now.Count, before.Count);
        Assert.All(now.Where(d => d.IsReelected), d => Assert.Contains(before, p => p.Name == d.Name && p.BirthDate == d.BirthDate));
        Assert.All(await db.ElectoralDistricts.Where(d => d.TermId == previous.Id).ToListAsync(), d => Assert.InRange(d.Seats, 1, 3));
        double Women(List<Deputy> deputies) => deputies.Count(d => d.Gender == Gender.Female) / (double)deputies.Count;
        double Officials(List<Deputy> deputies) => deputies.Count(d => d.Occupation == OccupationCategory.PartyGovernmentLeader) / (double)deputies.Count;
        Assert.True(Women(now) < Women(before), $"women {Women(now):P1} now, {Women(before):P1} before");
        Assert.True(Officials(now) <= Officials(before), $"officials {Officials(now):P1} now, {Officials(before):P1} before");
    }

    [Fact]
    public async Task Seed_GivesEveryTownshipProposalsInEveryStatus_WithGapFreeNumbers()
    {
        await Portal.EmptyDatabaseAsync();

        await SeedAsync();

        await using var scope = Portal.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var today = DateOnly.FromDateTime(TestWorld.Now.DateTime);
        var series = await db.ProposalNumberSeries.ToListAsync();
        foreach (var township in await db.Townships.ToListAsync())
        {
            var proposals = await db.Proposals.Where(p => p.TownshipId == township.Id).ToListAsync();
            Assert.InRange(proposals.Count, 25, 45);
            Assert.Equal(Enum.GetValues<ProposalStatus>().Order(), proposals.Select(p => p.Status).Distinct().Order());
            Assert.All(proposals, p => Assert.NotEmpty(p.Timeline));
            Assert.All(proposals.SelectMany(p => p.Timeline), e => Assert.True(e.At < TestWorld.Now, $"step {e.Action} at {e.At} is not in the past"));
            Assert.All(proposals.Where(p => p.Status == ProposalStatus.Rejected), p => Assert.False(string.IsNullOrWhiteSpace(p.RejectionReason)));
            Assert.Contains(proposals, p => p.SessionId is not null);
            Assert.Contains(proposals, p => p.SessionId is null && p.Number is not null);

            // Numbers are unique, and each series reads 1..n without gaps and ends where its series row stands.
            var numbered = proposals.Where(p => p.Number is not null).ToList();
            Assert.Equal(numbered.Count, numbered.Select(p => p.Number).Distinct().Count());
            foreach (var group in numbered.GroupBy(p => p.Number![..(p.Number!.LastIndexOf('-') + 2)]))
            {
                Assert.Equal(Enumerable.Range(1, group.Count()), group.Select(p => p.Sequence!.Value).Order());
                var row = Assert.Single(series, s => s.TownshipId == township.Id && $"18-{s.SessionPart}-{s.KindLetter}" == group.Key);
                Assert.Equal(group.Count(), row.LastSequence);
            }

            var motions = proposals.Where(p => p.Kind == ProposalKind.Motion).ToList();
            Assert.True(motions.Count >= 2, $"{township.Name}: {motions.Count} motions");
            Assert.All(motions, m => Assert.True(m.CoSigners.Count + 1 >= 5));
            Assert.Contains(proposals, p => p.Kind == ProposalKind.Suggestion && p.Timeline.Any(e => e.Action == ProposalAction.ConvertedToSuggestion));
            // Paper reply letters the secretary typed in later (补录): dated by the letter, recorded for the unit.
            var paperReplies = proposals.SelectMany(p => p.Timeline).Where(e => e.Action == ProposalAction.Replied && e.OnBehalfOf is not null).ToList();
            Assert.NotEmpty(paperReplies);
            Assert.All(paperReplies, e => Assert.True(
                e.ActorName.EndsWith("秘书", StringComparison.Ordinal) && e.OccurredOn < DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(e.At, DeputyPortal.Application.Common.ChinaTime.Zone).DateTime),
                $"{e.ActorName} recorded for {e.OnBehalfOf} on {e.At:O} a reply of {e.OccurredOn}"));
        }

        var chating = await db.Townships.SingleAsync(t => t.Name == "茶亭镇");
        var all = await db.Proposals.Where(p => p.TownshipId == chating.Id).ToListAsync();
        var rules = ProposalRules.Default;
        var assigned = all.Where(p => p.Status == ProposalStatus.Assigned).ToList();
        Assert.Contains(assigned, p => p.WarningOn(today, rules)!.IsOverdue);
        Assert.Contains(assigned, p => p.WarningOn(today, rules)!.Color == WarningColor.Green);
        Assert.Contains(assigned, p => p.WarningOn(today, rules)!.Color == WarningColor.Yellow);
        Assert.Contains(assigned, p => p.IsExtended && p.Extensions.Any(e => e.Decision == ExtensionDecision.Approved));
        Assert.Contains(assigned, p => !p.IsExtended && p.Extensions.Any(e => e.Decision == ExtensionDecision.Refused));
        Assert.Contains(assigned, p => p.IsComplex);
        Assert.Contains(assigned, p => p.CoUnits.Count > 0);
        Assert.Contains(all, p => p.CoUnits.Any(u => u.Input is not null));
        Assert.Contains(all, p => p.ProgressNotes.Count > 0);
        Assert.Contains(assigned, p => p.Timeline.Any(e => e.Action == ProposalAction.Returned));
        Assert.Contains(all, p => p.HandlingRound == 2 && p.Status == ProposalStatus.Rehandling);
        Assert.Contains(all, p => p.HandlingRound == 2 && p.Status == ProposalStatus.Closed);
        Assert.Contains(all, p => p.Status == ProposalStatus.FollowUp && p.LastReplyClass == ReplyClass.B);
        Assert.Contains(all, p => p.Status == ProposalStatus.FollowUp && p.LastReplyClass == ReplyClass.C);
        Assert.All(all.SelectMany(p => p.Replies).Where(r => r.ResultClass is ReplyClass.B or ReplyClass.C), r => Assert.True(r.CommittedCompletionOn > r.RepliedOn));
        Assert.Contains(all, p => p.Status == ProposalStatus.Closed && p.LastReplyClass == ReplyClass.A && p.LastRating == Rating.Satisfied);
        Assert.Contains(all, p => p.Status == ProposalStatus.Closed && p.LastReplyClass == ReplyClass.D);
        Assert.Contains(all, p => p.Status == ProposalStatus.Closed && p.SolvedOn is not null);
        Assert.Contains(all, p => p.Status == ProposalStatus.Closed && p.Evaluations.Any(e => e.AcceptedWithoutRating));

        var presidiumMember = await db.PresidiumMembers.SingleAsync(p => p.TownshipId == chating.Id && p.Post == PresidiumPost.Chair);
        Assert.Contains(assigned, p => p.IsKey && p.SupervisorPresidiumMemberId == presidiumMember.Id);
    }

    [Fact]
    public async Task Seed_GivesTheDemoAccountsProposalsToWorkOn()
    {
        await Portal.EmptyDatabaseAsync();

        await SeedAsync();

        await using var scope = Portal.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var unitId = (await users.FindByNameAsync("unit.chating"))!.HandlingUnitId;
        var deputyId = (await users.FindByNameAsync("deputy.chating"))!.DeputyId;
        var all = await db.Proposals.ToListAsync();

        var awaitingReply = all.Where(p => p.LeadUnitId == unitId && ProposalWarning.AwaitsReply(p.Status)).ToList();
        Assert.True(awaitingReply.Count >= 2, $"unit.chating leads {awaitingReply.Count} awaiting reply");
        Assert.Contains(awaitingReply, p => p.Extensions.Any(e => e.Decision == ExtensionDecision.Pending));
        Assert.Contains(all, p => p.LeadUnitId != unitId && p.CoUnits.Any(u => u.HandlingUnitId == unitId));

        var led = all.Where(p => p.LeadDeputyId == deputyId).ToList();
        Assert.True(led.Count >= 4, $"deputy.chating leads {led.Count}");
        Assert.Contains(led, p => p.Status == ProposalStatus.Replied);
        Assert.Contains(led, p => p.Status == ProposalStatus.Draft);
        Assert.Contains(all, p => p.LeadDeputyId != deputyId && p.CoSigners.Any(s => s.DeputyId == deputyId));

        var contacts = await db.ConstituentContacts.Where(c => c.DeputyId == deputyId).ToListAsync();
        Assert.True(contacts.Count(c => c.Concerns.Count > 0) >= 3, $"{contacts.Count} contacts");
        var drafted = Assert.Single(contacts.SelectMany(c => c.Concerns), c => c.ProposalId is not null);
        var proposal = Assert.Single(all, p => p.Id == drafted.ProposalId);
        Assert.Equal(drafted.Id, proposal.SourceConcernId);
        Assert.Equal(ProposalStatus.Draft, proposal.Status);
        Assert.Equal(deputyId, proposal.LeadDeputyId);
        var village = Assert.Single(System.Text.RegularExpressions.Regex.Matches(proposal.Title, "^关于修缮(.+村)机耕道的建议$")).Groups[1].Value;
        Assert.StartsWith(village, drafted.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Seed_Twice_ChangesNothing()
    {
        await Portal.EmptyDatabaseAsync();
        await SeedAsync();
        var before = await CountRowsAsync();

        await SeedAsync();

        Assert.Equal(before, await CountRowsAsync());
    }

    [Fact]
    public async Task Seed_WhenTownshipsExist_DoesNothing()
    {
        var before = await CountRowsAsync();

        await SeedAsync();

        Assert.Equal(before, await CountRowsAsync());
    }

    [Fact]
    public async Task Seed_OnTwoFreshDatabases_InventsTheSameCounty()
    {
        await Portal.EmptyDatabaseAsync();
        await SeedAsync();
        var first = await FingerprintAsync();

        await Portal.EmptyDatabaseAsync();
        await SeedAsync();

        Assert.Equal(first, await FingerprintAsync());
    }

    [Fact]
    public async Task DemoAccounts_AreBoundToTheirRecords()
    {
        await Portal.EmptyDatabaseAsync();
        await SeedAsync();

        await using var scope = Portal.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var chating = await db.Townships.SingleAsync(t => t.Name == "茶亭镇");
        Assert.All(await db.Users.ToListAsync(), u => Assert.True(u.IsDemo));
        foreach (var (key, name) in new[] { ("chating", "茶亭镇"), ("angsu", "昂素镇"), ("zhishan", "芝山镇") })
        {
            var secretary = await users.FindByNameAsync($"secretary.{key}");
            Assert.Equal((await db.Townships.SingleAsync(t => t.Name == name)).Id, secretary!.TownshipId);
            Assert.Equal(["TownshipSecretary"], await users.GetRolesAsync(secretary));
        }

        var presidium = (await users.FindByNameAsync("presidium.chating"))!;
        var chair = await db.PresidiumMembers.SingleAsync(p => p.TownshipId == chating.Id && p.Post == PresidiumPost.Chair);
        Assert.Equal(chair.DeputyId, presidium.DeputyId);
        Assert.Equal(chating.Id, presidium.TownshipId);

        var deputy = (await users.FindByNameAsync("deputy.chating"))!;
        Assert.Equal(chating.Id, deputy.TownshipId);
        Assert.True(await db.Constituents.CountAsync(c => c.DeputyId == deputy.DeputyId) >= 10);
        Assert.Contains(await db.RepresentativeGroups.ToListAsync(), g => g.Members.Any(m => m.DeputyId == deputy.DeputyId));

        var unit = (await users.FindByNameAsync("unit.chating"))!;
        Assert.True(await db.HandlingUnits.AnyAsync(u => u.Id == unit.HandlingUnitId && u.TownshipId == chating.Id));
        Assert.Equal(chating.Id, unit.TownshipId);
    }

    [Fact]
    public async Task DemoAccounts_WhenDemoEnabled_SignInWithDemoPassword()
    {
        await Portal.EmptyDatabaseAsync();
        await SeedAsync();
        await using var demo = Portal.WithWebHostBuilder(b => b.UseSetting("Demo:Enabled", "true").UseSetting("Scheduler:Enabled", "false"));
        using var client = demo.CreateClient();

        foreach (var userName in DemoUserNames)
        {
            var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName, password = DemoAccounts.Password });

            await response.ShouldBe(HttpStatusCode.OK);
            Assert.False(string.IsNullOrEmpty((await response.JsonAsync()).GetProperty("access_token").GetString()));
        }
    }

    [Fact]
    public async Task DemoStart_FillsTheInboxesWithWhatTheReminderSweepsWouldHaveSent()
    {
        await Portal.EmptyDatabaseAsync();
        await using var demo = Portal.WithWebHostBuilder(b => b.UseSetting("Demo:Enabled", "true").UseSetting("Scheduler:Enabled", "false"));

        // On the suite's date (2026-06-15: 15 days before the end of Q2, the term's last year) every kind of sweep shows
        // somewhere: the demo's overdue proposals and follow-ups, its idle group and pending meeting, deputies without a
        // contact this quarter and deputies not yet reported to the voters.
        var chating = await InboxKindsAsync(demo, "secretary.chating");
        Assert.Contains("ProposalOverdue", chating);
        Assert.Contains("RectificationOverdue", chating);
        Assert.Contains("DeputyWithoutContact", chating);
        Assert.Contains("VoterReportDue", chating);
        Assert.Contains("GroupWithoutActivity", await InboxKindsAsync(demo, "secretary.angsu"));
        var zhishan = await InboxKindsAsync(demo, "secretary.zhishan");
        Assert.Contains("NoRegularMeeting", zhishan);
        Assert.Contains("DecisionFollowUpOverdue", zhishan);
        Assert.Contains("VoterReportDue", await InboxKindsAsync(demo, "presidium.chating"));
        Assert.Contains("ProposalOverdue", await InboxKindsAsync(demo, "unit.chating"));
    }

    private static async Task<HashSet<string?>> InboxKindsAsync(WebApplicationFactory<Program> demo, string userName)
    {
        using var client = demo.CreateClient();
        var token = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName, password = DemoAccounts.Password });
        await token.ShouldBe(HttpStatusCode.OK);
        client.DefaultRequestHeaders.Authorization = new("Bearer", (await token.JsonAsync()).GetProperty("access_token").GetString());
        var inbox = await (await client.GetAsync("/api/v1/me/notifications?pageSize=100")).JsonAsync();
        Assert.True(inbox.GetProperty("totalCount").GetInt32() <= 100, $"{userName}: more reminders than one page");
        return [.. inbox.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("kind").GetString())];
    }

    [Fact]
    public async Task DemoAccounts_WhenDemoDisabled_AreRefused()
    {
        await Portal.EmptyDatabaseAsync();
        await SeedAsync();
        using var client = Portal.CreateClient();

        foreach (var userName in DemoUserNames)
        {
            var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName, password = DemoAccounts.Password });

            await response.ShouldBe(HttpStatusCode.Unauthorized);
        }
    }

    private async Task SeedAsync()
    {
        await using var scope = Portal.SystemScope();
        await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedOnceAsync(CancellationToken.None);
    }

    private async Task<string> CountRowsAsync()
    {
        await using var scope = Portal.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        int[] counts =
        [
            await db.Townships.CountAsync(), await db.Terms.CountAsync(), await db.CongressSessions.CountAsync(),
            await db.ElectoralDistricts.CountAsync(), await db.Deputies.CountAsync(), await db.PresidiumMembers.CountAsync(),
            await db.RepresentativeGroups.CountAsync(), await db.HandlingUnits.CountAsync(), await db.Constituents.CountAsync(),
            await db.Users.CountAsync(), await db.AuditEntries.CountAsync(), await db.Proposals.CountAsync(),
            await db.ConstituentContacts.IgnoreQueryFilters().CountAsync(), await db.ProposalNumberSeries.CountAsync(),
            await db.PresidiumMeetings.IgnoreQueryFilters().CountAsync(), await db.Activities.IgnoreQueryFilters().CountAsync(),
        ];
        return string.Join(',', counts);
    }

    /// <summary>Everything invented about the people, in a stable order; record ids differ between runs by design.</summary>
    private async Task<string> FingerprintAsync()
    {
        await using var scope = Portal.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var deputies = await db.Deputies.OrderBy(d => d.Name).ThenBy(d => d.BirthDate)
            .Select(d => $"{d.Name}|{d.Gender}|{d.BirthDate}|{d.Party}|{d.Occupation}|{d.Phone}|{d.Status}").ToListAsync();
        var constituents = await db.Constituents.OrderBy(c => c.Village).ThenBy(c => c.Name).ThenBy(c => c.Phone)
            .Select(c => $"{c.Name}|{c.Village}|{c.Address}|{c.Phone}").ToListAsync();
        var groups = await db.RepresentativeGroups.OrderBy(g => g.Name).Select(g => g.Name).ToListAsync();
        var proposals = (await db.Proposals.ToListAsync())
            .Select(p => $"{p.Number}|{p.Title}|{p.Status}|{p.DraftedOn}|{p.DueOn}|{string.Join(',', p.Timeline.OrderBy(e => e.At).Select(e => $"{e.At:O}{e.Action}"))}")
            .Order(StringComparer.Ordinal);
        var meetings = (await db.PresidiumMeetings.IgnoreQueryFilters().ToListAsync())
            .Select(m => $"{m.HeldAt:O}|{m.Kind}|{m.PresentCount}|{m.Minutes}|{string.Join(',', m.Decisions.Select(d => $"{d.VotesFor}/{d.FollowUpDueOn}/{d.FollowUpCompletedOn}"))}")
            .Order(StringComparer.Ordinal);
        var activities = (await db.Activities.IgnoreQueryFilters().ToListAsync())
            .Select(a => $"{a.StartsOn}|{a.Title}|{a.PresentCount}|{string.Join(',', a.RectificationItems.Select(r => $"{r.DueOn}/{r.Status}/{r.CompletedOn}"))}")
            .Order(StringComparer.Ordinal);
        var contacts = (await db.ConstituentContacts.IgnoreQueryFilters().ToListAsync())
            .Select(c => $"{c.ContactedOn}|{c.Channel}|{c.Summary}|{c.OtherPerson}|{string.Join(',', c.Concerns.Select(x => x.Text))}")
            .Order(StringComparer.Ordinal);
        return string.Join('\n', deputies.Concat(constituents).Concat(groups).Concat(proposals).Concat(meetings).Concat(activities).Concat(contacts));
    }
}
