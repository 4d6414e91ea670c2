using DeputyPortal.Api.FunctionalTests.Support;
using DeputyPortal.Application.Proposals;
using DeputyPortal.Domain.Activities;
using DeputyPortal.Domain.Compliance;
using DeputyPortal.Domain.Contacts;
using DeputyPortal.Domain.Deputies;
using DeputyPortal.Domain.Meetings;
using DeputyPortal.Domain.Presidium;
using DeputyPortal.Domain.Proposals;
using DeputyPortal.Domain.Sessions;
using DeputyPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DeputyPortal.Api.FunctionalTests.Compliance;

/// <summary>
/// Writes the records compliance is decided from (presidium members, meetings, group activities, contacts,
/// sessions, session proposals) through the domain's own methods straight into the database, on the dates a test
/// needs, so these tests do not depend on the APIs that record them.
/// </summary>
public sealed class ComplianceHistory(PortalFactory portal)
{
    private static readonly DateTimeOffset Now = TestWorld.Now;

    /// <summary>Appoints deputies 3 and 4 of the township to the presidium beside the chair: three members, a quorum of two.</summary>
    public async Task<IReadOnlyList<Guid>> AppointTwoMoreMembersAsync(TownWorld town)
    {
        await using var scope = portal.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var term = await db.Terms.SingleAsync(t => t.Id == town.Term.Id);
        var members = new List<PresidiumMember>();
        foreach (var deputy in new[] { town.Deputies[3], town.Deputies[4] })
        {
            members.Add(PresidiumMember.Appoint(term, await db.Deputies.SingleAsync(d => d.Id == deputy.Id), PresidiumPost.Member, term.StartsOn));
        }

        db.PresidiumMembers.AddRange(members);
        await db.SaveChangesAsync();
        return [town.Chair.Id, .. members.Select(m => m.Id)];
    }

    /// <summary>A presidium meeting at <paramref name="heldAt"/> with the first <paramref name="present"/> members present (by default all).</summary>
    public async Task<Guid> MeetingAsync(
        TownWorld town, DateTimeOffset heldAt, PresidiumMeetingKind kind = PresidiumMeetingKind.Regular, int? present = null)
    {
        await using var scope = portal.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var term = await db.Terms.SingleAsync(t => t.Id == town.Term.Id);
        var members = await db.PresidiumMembers.Where(m => m.TermId == term.Id).OrderBy(m => m.Id).ToListAsync();
        var attendance = members.Take(present ?? members.Count).Select(m => new MemberAttendanceDraft(m.Id, Attendance.Present)).ToList();
        var meeting = PresidiumMeeting.Record(
            term,
            new MeetingDraft(kind, heldAt, "镇人大主席团会议室", [new AgendaDraft("研究本季度代表工作")], members, attendance, [], "会议记录", [], []),
            ComplianceRules.Default,
            Now);
        db.PresidiumMeetings.Add(meeting);
        await db.SaveChangesAsync();
        return meeting.Id;
    }

    /// <summary>An activity the township's group organised on <paramref name="startsOn"/>, with the given deputies present.</summary>
    public async Task<Guid> GroupActivityAsync(TownWorld town, DateOnly startsOn, params Deputy[] present)
    {
        await using var scope = portal.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var term = await db.Terms.SingleAsync(t => t.Id == town.Term.Id);
        var group = await db.RepresentativeGroups.SingleAsync(g => g.Id == town.Group.Id);
        var ids = present.Select(d => d.Id).ToList();
        var deputies = await db.Deputies.Where(d => ids.Contains(d.Id)).ToListAsync();
        var activity = Activity.Record(
            term,
            new ActivityDraft(
                ActivityKind.Training, "代表小组集中学习", startsOn, startsOn, "村委会", null, group, [],
                deputies.Select(d => new ParticipantDraft(d, Attendance.Present)).ToList(), []),
            DateOnly.FromDateTime(Now.DateTime));
        db.Activities.Add(activity);
        await db.SaveChangesAsync();
        return activity.Id;
    }

    /// <summary>A contact the deputy logged on <paramref name="contactedOn"/> with someone not on their list.</summary>
    public async Task ContactAsync(Deputy deputy, DateOnly contactedOn)
    {
        await using var scope = portal.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var stored = await db.Deputies.SingleAsync(d => d.Id == deputy.Id);
        db.ConstituentContacts.Add(ConstituentContact.Log(
            stored, [], "村民王某", contactedOn, ContactChannel.Visit, "了解村道修缮情况。", [], DateOnly.FromDateTime(Now.DateTime)));
        await db.SaveChangesAsync();
    }

    /// <summary>Session number <paramref name="number"/> of the township's term, opened and closed on the given dates.</summary>
    public async Task<Guid> SessionAsync(TownWorld town, int number, DateOnly openedOn, DateOnly closedOn)
    {
        await using var scope = portal.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var term = await db.Terms.SingleAsync(t => t.Id == town.Term.Id);
        var session = CongressSession.Plan(term, number);
        session.RecordDates(term, openedOn, closedOn);
        db.CongressSessions.Add(session);
        await db.SaveChangesAsync();
        return session.Id;
    }

    /// <summary>
    /// A suggestion raised at the session and registered the day it closed; assigned to the township's first unit on
    /// <paramref name="assignedOn"/>, or left unassigned when null. Returns its registration number.
    /// </summary>
    public async Task<string> SessionProposalAsync(TownWorld town, Guid sessionId, DateOnly? assignedOn, string title = "关于修缮村道的建议")
    {
        await using var scope = portal.SystemScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<AppDbContext>();
        var term = await db.Terms.SingleAsync(t => t.Id == town.Term.Id);
        var session = await db.CongressSessions.SingleAsync(s => s.Id == sessionId);
        var lead = await db.Deputies.SingleAsync(d => d.Id == town.Deputy.Id);
        var raisedOn = session.OpenedOn!.Value;

        await using var transaction = await db.Database.BeginTransactionAsync();
        var proposal = Proposal.Draft(
            term, session, ProposalKind.Suggestion, new ProposalText(title, "村道年久失修。", "城乡建设"), lead, [], ProposalRules.Default, StepOn(raisedOn));
        proposal.Submit(StepOn(raisedOn));
        var series = proposal.SeriesIn(term, session);
        proposal.Register(series, await services.GetRequiredService<IProposalNumbering>().NextAsync(series, CancellationToken.None), StepOn(session.ClosedOn!.Value));
        if (assignedOn is { } on)
        {
            proposal.Assign(
                new ProposalAssignment(await db.HandlingUnits.SingleAsync(u => u.Id == town.Units[0].Id), [], false, null),
                session,
                ProposalRules.Default,
                StepOn(on));
        }

        db.Proposals.Add(proposal);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return proposal.Number!;
    }

    private static ProposalStep StepOn(DateOnly date) =>
        new(new DateTimeOffset(date.ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(8)), date, null, "测试数据");
}
