using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Domain.Activities;
using DeputyPortal.Domain.Compliance;
using Microsoft.EntityFrameworkCore;

namespace DeputyPortal.Application.Compliance.Quarterly;

/// <summary>
/// The facts of R3, R4 and R7 for a quarter, for one township (the compliance answer) or several (the quarter-end
/// reminders): one query each, so a reminder and the compliance answer are decided from the same records.
/// </summary>
internal static class QuarterFactQueries
{
    /// <summary>R3: the presidium meetings held in the quarter (Asia/Shanghai date), by township.</summary>
    public static async Task<ILookup<Guid, MeetingFact>> MeetingsAsync(
        IAppDbContext db, IReadOnlyCollection<Guid> townshipIds, Quarter quarter, CancellationToken ct)
    {
        var (start, end) = (quarter.Start, quarter.End);
        return (await db.PresidiumMeetings.AsNoTracking()
                .Where(m => townshipIds.Contains(m.TownshipId) && m.HeldOn >= start && m.HeldOn <= end)
                .Select(m => new { m.TownshipId, Fact = new MeetingFact(m.Id, m.HeldOn, m.Kind, m.HasQuorum, m.PresentCount, m.QuorumRequired) })
                .ToListAsync(ct))
            .ToLookup(m => m.TownshipId, m => m.Fact);
    }

    /// <summary>
    /// R4, counted in the server (a township's quarter holds thousands of participations): one row per group of the
    /// given terms, each count a lookup on the (group, date) index.
    /// </summary>
    public static Task<List<GroupFact>> GroupsAsync(
        IAppDbContext db, IReadOnlyCollection<Guid> townshipIds, IReadOnlyCollection<Guid> termIds, Quarter quarter, CancellationToken ct)
    {
        var (start, end) = (quarter.Start, quarter.End);
        var activities = db.Activities.Where(a => townshipIds.Contains(a.TownshipId) && a.StartsOn >= start && a.StartsOn <= end);
        return db.RepresentativeGroups.AsNoTracking()
            .Where(g => townshipIds.Contains(g.TownshipId) && termIds.Contains(g.TermId))
            .Select(g => new GroupFact(
                g.Id,
                g.TermId,
                g.Name,
                activities.Count(a => a.OrganizingGroupId == g.Id),
                activities.Count(a => a.OrganizingGroupId == g.Id
                    && a.Participants.Any(p => p.Attendance == Attendance.Present && g.Members.Any(m => m.DeputyId == p.DeputyId)))))
            .ToListAsync(ct);
    }

    /// <summary>R7, counted in the server: one row per deputy of the given terms, each count a lookup on the (deputy, date) index.</summary>
    public static Task<List<DeputyFact>> DeputiesAsync(
        IAppDbContext db, IReadOnlyCollection<Guid> townshipIds, IReadOnlyCollection<Guid> termIds, Quarter quarter, CancellationToken ct)
    {
        var (start, end) = (quarter.Start, quarter.End);
        var contacts = db.ConstituentContacts.Where(c => townshipIds.Contains(c.TownshipId) && c.ContactedOn >= start && c.ContactedOn <= end);
        return db.Deputies.AsNoTracking()
            .Where(d => townshipIds.Contains(d.TownshipId) && termIds.Contains(d.TermId))
            .Select(d => new DeputyFact(
                d.Id,
                d.TermId,
                d.Name,
                d.TerminatedOn,
                db.Constituents.Count(c => c.DeputyId == d.Id && c.IsActive),
                contacts.Count(c => c.DeputyId == d.Id)))
            .ToListAsync(ct);
    }
}
