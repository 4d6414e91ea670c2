using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Domain.Activities;
using DeputyPortal.Domain.Meetings;
using DeputyPortal.Domain.Proposals;
using Microsoft.EntityFrameworkCore;

namespace DeputyPortal.Application.Compliance.Quarterly;

// The facts of the quarterly rules (R1, R2, R3, R4, R7) counted in SQL, grouped by township and calendar quarter,
// for any set of townships and any span of quarters at once: each query is one statement however many townships
// and quarters it covers. They count what the evaluators of QuarterlyCompliance count from the facts the township
// loader reads (the same records, the same edges), and the statuses are decided from them by QuarterlyTallies.

/// <summary>A township and calendar quarter, the key of every count.</summary>
public readonly record struct TownshipQuarter(Guid TownshipId, int Year, int Quarter);

/// <summary>R1: proposals whose deadline in force falls in the quarter, those replied on time, the earliest missed deadline and the latest.</summary>
public sealed record ReplyCount(TownshipQuarter Key, int Due, int OnTime, DateOnly? EarliestMissedDue, DateOnly LatestDue);

/// <summary>R2: sessions closed in the quarter and their last close.</summary>
public sealed record ClosedSessionCount(TownshipQuarter Key, int Sessions, DateOnly LastClosedOn);

/// <summary>R2: registered proposals of the sessions closed in the quarter, those assigned by their date, the earliest missed date and the latest.</summary>
public sealed record SessionAssignmentCount(TownshipQuarter Key, int Proposals, int OnTime, DateOnly? EarliestMissedDue, DateOnly LatestDue);

/// <summary>R3: presidium meetings held in the quarter, and the regular ones with a quorum.</summary>
public sealed record MeetingCount(TownshipQuarter Key, int Held, int Counted);

/// <summary>R4: a group held to a term (which quarters bind it follows from the term's dates).</summary>
public sealed record GroupRow(Guid Id, Guid TownshipId, Guid TermId);

/// <summary>R4: the activities a group organised in a quarter that at least one of its members attended.</summary>
public sealed record GroupActivityCount(Guid GroupId, int Year, int Quarter, int Activities);

/// <summary>R7: a deputy of a term and the end of their mandate (the quarters that bind them follow from these).</summary>
public sealed record DeputyRow(Guid Id, Guid TownshipId, Guid TermId, DateOnly? TerminatedOn);

/// <summary>R7: the contacts a deputy logged in a quarter.</summary>
public sealed record ContactCount(Guid DeputyId, int Year, int Quarter, int Contacts);

internal static class QuarterlyCounts
{
    /// <summary>R1 over the deadlines in force from <paramref name="start"/> to <paramref name="end"/>.</summary>
    public static Task<List<ReplyCount>> RepliesAsync(
        IAppDbContext db, IReadOnlyCollection<Guid> townshipIds, DateOnly start, DateOnly end, DateOnly today, CancellationToken ct) =>
        db.Proposals.AsNoTracking()
            .Where(p => townshipIds.Contains(p.TownshipId) && p.DueOn >= start && p.DueOn <= end)
            .Select(p => new
            {
                p.TownshipId,
                Due = p.DueOn!.Value,

                // ReplyDeadlineFact.RepliedOn: in rehandling the last reply is the first round's.
                Replied = p.Status == ProposalStatus.Assigned || p.Status == ProposalStatus.Rehandling ? null : p.LastRepliedOn,
            })
            .GroupBy(p => new { p.TownshipId, p.Due.Year, Quarter = ((p.Due.Month - 1) / 3) + 1 })
            .Select(g => new ReplyCount(
                new TownshipQuarter(g.Key.TownshipId, g.Key.Year, g.Key.Quarter),
                g.Count(),
                g.Count(p => p.Replied <= p.Due),
                g.Where(p => p.Replied > p.Due || (p.Replied == null && p.Due < today)).Min(p => (DateOnly?)p.Due),
                g.Max(p => p.Due)))
            .ToListAsync(ct);

    public static Task<List<ClosedSessionCount>> ClosedSessionsAsync(
        IAppDbContext db, IReadOnlyCollection<Guid> townshipIds, DateOnly start, DateOnly end, CancellationToken ct) =>
        db.CongressSessions.AsNoTracking()
            .Where(s => townshipIds.Contains(s.TownshipId) && s.ClosedOn >= start && s.ClosedOn <= end)
            .Select(s => new { s.TownshipId, Closed = s.ClosedOn!.Value })
            .GroupBy(s => new { s.TownshipId, s.Closed.Year, Quarter = ((s.Closed.Month - 1) / 3) + 1 })
            .Select(g => new ClosedSessionCount(new TownshipQuarter(g.Key.TownshipId, g.Key.Year, g.Key.Quarter), g.Count(), g.Max(s => s.Closed)))
            .ToListAsync(ct);

    /// <summary>
    /// R2: each registered proposal of a session closed in the span, due for assignment by the date expected at its
    /// assignment, or the close plus the township's months (its setting, else the default) while unassigned.
    /// </summary>
    public static Task<List<SessionAssignmentCount>> SessionAssignmentsAsync(
        IAppDbContext db, IReadOnlyCollection<Guid> townshipIds, DateOnly start, DateOnly end, DateOnly today, CancellationToken ct)
    {
        var defaultMonths = ProposalRules.Default.SessionAssignmentMonths;
        return (
                from p in db.Proposals.AsNoTracking()
                join s in db.CongressSessions.AsNoTracking() on p.SessionId equals (Guid?)s.Id
                join stored in db.TownshipSettings.AsNoTracking() on p.TownshipId equals stored.TownshipId into settings
                from st in settings.DefaultIfEmpty()
                where townshipIds.Contains(p.TownshipId) && s.ClosedOn >= start && s.ClosedOn <= end
                    && p.Status != ProposalStatus.Draft && p.Status != ProposalStatus.Submitted && p.Status != ProposalStatus.Rejected
                select new
                {
                    p.TownshipId,
                    Closed = s.ClosedOn!.Value,
                    p.AssignedOn,
                    DueBy = p.AssignmentExpectedBy ?? s.ClosedOn!.Value.AddMonths(st == null ? defaultMonths : st.SessionAssignmentMonths),
                })
            .GroupBy(p => new { p.TownshipId, p.Closed.Year, Quarter = ((p.Closed.Month - 1) / 3) + 1 })
            .Select(g => new SessionAssignmentCount(
                new TownshipQuarter(g.Key.TownshipId, g.Key.Year, g.Key.Quarter),
                g.Count(),
                g.Count(p => p.AssignedOn <= p.DueBy),
                g.Where(p => p.AssignedOn > p.DueBy || (p.AssignedOn == null && p.DueBy < today)).Min(p => (DateOnly?)p.DueBy),
                g.Max(p => p.DueBy)))
            .ToListAsync(ct);
    }

    /// <summary>R3: meetings on their Asia/Shanghai date; a regular one with a quorum counts (MeetingFact.CountsForRegularMeetingRule).</summary>
    public static Task<List<MeetingCount>> MeetingsAsync(
        IAppDbContext db, IReadOnlyCollection<Guid> townshipIds, DateOnly start, DateOnly end, CancellationToken ct) =>
        db.PresidiumMeetings.AsNoTracking()
            .Where(m => townshipIds.Contains(m.TownshipId) && m.HeldOn >= start && m.HeldOn <= end)
            .GroupBy(m => new { m.TownshipId, m.HeldOn.Year, Quarter = ((m.HeldOn.Month - 1) / 3) + 1 })
            .Select(g => new MeetingCount(
                new TownshipQuarter(g.Key.TownshipId, g.Key.Year, g.Key.Quarter),
                g.Count(),
                g.Count(m => m.Kind == PresidiumMeetingKind.Regular && m.HasQuorum)))
            .ToListAsync(ct);

    public static Task<List<GroupRow>> GroupsAsync(IAppDbContext db, IReadOnlyCollection<Guid> townshipIds, CancellationToken ct) =>
        db.RepresentativeGroups.AsNoTracking()
            .Where(g => townshipIds.Contains(g.TownshipId))
            .Select(g => new GroupRow(g.Id, g.TownshipId, g.TermId))
            .ToListAsync(ct);

    /// <summary>R4: an activity counts for the group that organised it when at least one member of the group was present.</summary>
    public static Task<List<GroupActivityCount>> GroupActivitiesAsync(
        IAppDbContext db, IReadOnlyCollection<Guid> townshipIds, DateOnly start, DateOnly end, CancellationToken ct) =>
        (
            from a in db.Activities.AsNoTracking()
            join g in db.RepresentativeGroups.AsNoTracking() on a.OrganizingGroupId equals (Guid?)g.Id
            where townshipIds.Contains(a.TownshipId) && a.StartsOn >= start && a.StartsOn <= end
                && a.Participants.Any(p => p.Attendance == Attendance.Present && g.Members.Any(m => m.DeputyId == p.DeputyId))
            select new { GroupId = g.Id, a.StartsOn })
        .GroupBy(a => new { a.GroupId, a.StartsOn.Year, Quarter = ((a.StartsOn.Month - 1) / 3) + 1 })
        .Select(g => new GroupActivityCount(g.Key.GroupId, g.Key.Year, g.Key.Quarter, g.Count()))
        .ToListAsync(ct);

    public static Task<List<DeputyRow>> DeputiesAsync(IAppDbContext db, IReadOnlyCollection<Guid> townshipIds, CancellationToken ct) =>
        db.Deputies.AsNoTracking()
            .Where(d => townshipIds.Contains(d.TownshipId))
            .Select(d => new DeputyRow(d.Id, d.TownshipId, d.TermId, d.TerminatedOn))
            .ToListAsync(ct);

    /// <summary>R7: each deputy's active constituents now (the assignment has no history).</summary>
    public static Task<Dictionary<Guid, int>> ActiveConstituentsAsync(IAppDbContext db, IQueryable<Guid> deputyIds, CancellationToken ct) =>
        db.Constituents.AsNoTracking()
            .Where(c => c.IsActive && deputyIds.Contains(c.DeputyId))
            .GroupBy(c => c.DeputyId)
            .Select(g => new { DeputyId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.DeputyId, g => g.Count, ct);

    /// <summary>R7 for townships: every contact logged in the span, by deputy and quarter.</summary>
    public static Task<List<ContactCount>> ContactsAsync(
        IAppDbContext db, IReadOnlyCollection<Guid> townshipIds, DateOnly start, DateOnly end, CancellationToken ct) =>
        db.ConstituentContacts.AsNoTracking()
            .Where(c => townshipIds.Contains(c.TownshipId) && c.ContactedOn >= start && c.ContactedOn <= end)
            .GroupBy(c => new { c.DeputyId, c.ContactedOn.Year, Quarter = ((c.ContactedOn.Month - 1) / 3) + 1 })
            .Select(g => new ContactCount(g.Key.DeputyId, g.Key.Year, g.Key.Quarter, g.Count()))
            .ToListAsync(ct);
}
