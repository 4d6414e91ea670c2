using DeputyPortal.Benchmarks.Generation;
using DeputyPortal.Domain.Activities;
using DeputyPortal.Domain.Meetings;
using DeputyPortal.Domain.Proposals;
using DeputyPortal.Infrastructure.Persistence;
using DeputyPortal.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace DeputyPortal.Benchmarks.SmokeTests;

public sealed class GeneratorTests(TownScaleDatabase database) : IClassFixture<TownScaleDatabase>
{
    [Fact]
    public async Task TownScale_SatisfiesEveryDomainRule()
    {
        await using var db = BenchmarkDatabase.CreateContext(database.ConnectionString, SystemUser.Instance);

        var violations = await new GeneratedDataValidator(db).ValidateAsync(CancellationToken.None);

        Assert.Empty(violations);
    }

    [Fact]
    public async Task TownScale_HasTheDocumentedShape()
    {
        await using var db = BenchmarkDatabase.CreateContext(database.ConnectionString, SystemUser.Instance);

        Assert.Equal(1, await db.Townships.CountAsync());
        Assert.Equal(Scale.TermsPerTownship, await db.Terms.CountAsync());
        Assert.Equal(Scale.Town.Deputies, await db.Deputies.CountAsync());
        Assert.Equal(Scale.Town.Constituents, await db.Constituents.CountAsync());
        Assert.Equal(Scale.TermsPerTownship * Scale.PresidiumSize, await db.PresidiumMembers.CountAsync());
        Assert.Equal(Scale.TermsPerTownship * Scale.GroupsPerTerm, await db.RepresentativeGroups.CountAsync());
        Assert.Equal(Scale.HandlingUnitsPerTownship, await db.HandlingUnits.CountAsync());
        Assert.All(await db.ElectoralDistricts.GroupBy(d => d.TermId).Select(g => g.Sum(d => d.Seats)).ToListAsync(),
            seats => Assert.Equal(Scale.DeputiesPerTerm, seats));
    }

    [Fact]
    public async Task TownScale_HasTenYearsOfActivitiesMeetingsAndReviewsInBothTerms()
    {
        await using var db = BenchmarkDatabase.CreateContext(database.ConnectionString, SystemUser.Instance);

        Assert.Equal(Scale.Town.Activities, await db.Activities.CountAsync());
        Assert.Equal(Enum.GetValues<ActivityKind>().Order(), (await db.Activities.Select(a => a.Kind).Distinct().ToListAsync()).Order());
        Assert.Equal(Enum.GetValues<Attendance>().Order(), (await db.Activities.SelectMany(a => a.Participants).Select(p => p.Attendance).Distinct().ToListAsync()).Order());
        Assert.True(await db.Activities.SelectMany(a => a.Participants).CountAsync() > 8 * Scale.ActivitiesPerTownship);
        Assert.True(await db.Activities.SelectMany(a => a.RectificationItems).AnyAsync(r => r.Status == RectificationStatus.Completed));
        Assert.True(await db.PresidiumMeetings.AnyAsync(m => m.Kind == PresidiumMeetingKind.Extraordinary));
        Assert.True(await db.PresidiumMeetings.SelectMany(m => m.Decisions).AnyAsync(d => d.FollowUpCompletedOn != null));
        Assert.All(await db.CongressSessions.Where(s => s.ClosedOn != null).Select(s => s.Attendance.Count).ToListAsync(), count => Assert.True(count > 0));
        Assert.Equal(Enum.GetValues<Attendance>().Order(), (await db.CongressSessions.SelectMany(s => s.Attendance).Select(a => a.Attendance).Distinct().ToListAsync()).Order());
        Assert.True(await db.CongressSessions.AnyAsync(s => s.OpenedOn!.Value.Year == CountyGenerator.Now.Year), "the generator's year has a session, so profiles count sessions attended");
        foreach (var termId in await db.Terms.Select(t => t.Id).ToListAsync())
        {
            Assert.True(await db.Activities.AnyAsync(a => a.TermId == termId));
            Assert.True(await db.ConstituentContacts.AnyAsync(c => c.TermId == termId && c.Constituents.Count > 0));
            var reviewed = await db.PerformanceReviews.Where(r => r.TermId == termId).Select(r => r.DeputyId).Distinct().CountAsync();
            Assert.InRange(reviewed, Scale.DeputiesPerTerm / 4, Scale.DeputiesPerTerm * 3 / 4);
        }
    }

    [Fact]
    public async Task TownScale_HasProposalsInEveryStatusWithGapFreeNumbers()
    {
        await using var db = BenchmarkDatabase.CreateContext(database.ConnectionString, SystemUser.Instance);

        Assert.Equal(Scale.Town.Proposals, await db.Proposals.CountAsync());
        var statuses = await db.Proposals.GroupBy(p => p.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
        Assert.Equal(Enum.GetValues<ProposalStatus>().Order(), statuses.Select(s => s.Key).Order());
        Assert.True(statuses.Single(s => s.Key == ProposalStatus.Closed).Count > Scale.ProposalsPerTownship / 5, "closed proposals are the largest group");
        var today = DateOnly.FromDateTime(CountyGenerator.Now.DateTime);
        Assert.True(await db.Proposals.AnyAsync(p => p.Status == ProposalStatus.Assigned && p.DueOn < today));
        Assert.True(await db.Proposals.AnyAsync(p => p.IsExtended));
        Assert.True(await db.Proposals.AnyAsync(p => p.IsKey));
        Assert.True(await db.Proposals.AnyAsync(p => p.HandlingRound == 2));
        Assert.True(await db.Proposals.AnyAsync(p => p.Kind == ProposalKind.Motion));
        Assert.True(await db.Proposals.AnyAsync(p => p.SessionId != null));
        Assert.True(await db.Proposals.AnyAsync(p => p.Status == ProposalStatus.FollowUp && p.LastReplyClass == ReplyClass.C));
        Assert.True(await db.Proposals.AnyAsync(p => p.CoUnits.Any(u => u.Input != null)));
        Assert.True(await db.Proposals.AnyAsync(p => p.Extensions.Any(e => e.Decision == ExtensionDecision.Pending)));

        // Everything the aggregate wrote made it into the child tables.
        Assert.True(await db.Proposals.SelectMany(p => p.Timeline).CountAsync() > 3 * Scale.ProposalsPerTownship);
        Assert.True(await db.Proposals.SelectMany(p => p.Replies).AnyAsync(r => r.Round == 2));
        Assert.True(await db.Proposals.SelectMany(p => p.Evaluations).AnyAsync(e => e.Rating == null));
        Assert.True(await db.Proposals.SelectMany(p => p.ProgressNotes).AnyAsync());
        Assert.True(await db.Proposals.SelectMany(p => p.CoSigners).AnyAsync());

        // The next registration continues each series without a gap.
        var numbered = await db.Proposals.Where(p => p.Number != null).Select(p => new { p.TermId, p.Number, p.Sequence }).ToListAsync();
        var series = await db.ProposalNumberSeries.ToListAsync();
        Assert.Equal(numbered.Count, numbered.Select(p => p.Number).Distinct().Count());
        Assert.Equal(numbered.Count, series.Sum(s => s.LastSequence));
        Assert.All(series, s => Assert.Equal(s.LastSequence, numbered.Where(p => p.TermId == s.TermId && p.Number!.Contains($"-{s.SessionPart}-{s.KindLetter}", StringComparison.Ordinal)).Max(p => p.Sequence)));

        Assert.Equal(Scale.ContactsPerTownship, await db.ConstituentContacts.CountAsync());
    }

    [Fact]
    public async Task Generator_IsDeterministic()
    {
        var first = await new CountyGenerator().GenerateTownshipAsync(3);
        var second = await new CountyGenerator().GenerateTownshipAsync(3);

        Assert.Equal(first.Deputies.Select(d => (d.Name, d.BirthDate, d.Party)), second.Deputies.Select(d => (d.Name, d.BirthDate, d.Party)));
        Assert.Equal(first.Constituents.Select(c => c.Phone), second.Constituents.Select(c => c.Phone));
        Assert.Equal(first.Proposals.Select(p => (p.Number, p.Title, p.Status, p.LastStepAt)), second.Proposals.Select(p => (p.Number, p.Title, p.Status, p.LastStepAt)));
    }

    /// <summary>Holidays and month ends move the steps about; building must work whatever day it runs on.</summary>
    [Fact]
    public async Task Generator_BuildsProposalsOnAnyDayOfTheYear()
    {
        for (var day = new DateOnly(2026, 1, 2); day <= new DateOnly(2026, 12, 31); day = day.AddDays(23))
        {
            var now = new DateTimeOffset(day.ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(8));

            var township = await new CountyGenerator(seed: day.DayNumber, now: now).GenerateTownshipAsync(0);

            Assert.Equal(Enum.GetValues<ProposalStatus>().Order(), township.Proposals.Select(p => p.Status).Distinct().Order());
            Assert.All(township.Proposals.SelectMany(p => p.Timeline), e => Assert.True(e.At < now, $"{day}: step {e.Action} at {e.At}"));
        }
    }
}
