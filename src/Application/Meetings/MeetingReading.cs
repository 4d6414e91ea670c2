using DeputyPortal.Application.Common;
using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Domain.Meetings;
using DeputyPortal.Domain.Presidium;
using Microsoft.EntityFrameworkCore;

namespace DeputyPortal.Application.Meetings;

/// <summary>
/// Turns meetings into what the API shows: the names of the members and deputies, the posts, the follow-up units'
/// names, whether a follow-up is overdue today (Asia/Shanghai) and the majority a decision needs under the
/// township's rule. One query per kind of name for a whole page.
/// </summary>
public static class MeetingReading
{
    public const string Resource = "主席团会议";

    public static async Task<PresidiumMeetingDto> ToDtoAsync(this IAppDbContext db, PresidiumMeeting meeting, TimeProvider clock, CancellationToken ct) =>
        (await db.ToDtosAsync([meeting], clock, ct))[0];

    public static async Task<IReadOnlyList<PresidiumMeetingDto>> ToDtosAsync(
        this IAppDbContext db, IReadOnlyList<PresidiumMeeting> meetings, TimeProvider clock, CancellationToken ct)
    {
        var deputyIds = meetings.SelectMany(m => m.Attendance.Select(a => a.DeputyId).Concat(m.InvitedDeputies.Select(i => i.DeputyId)))
            .Distinct().ToList();
        var memberIds = meetings.SelectMany(m => m.Attendance.Select(a => a.PresidiumMemberId)).Distinct().ToList();
        var unitIds = meetings.SelectMany(m => m.Decisions.Select(d => d.FollowUpUnitId)).OfType<Guid>().Distinct().ToList();

        var names = deputyIds.Count == 0
            ? new Dictionary<Guid, string>()
            : await db.Deputies.AsNoTracking().Where(d => deputyIds.Contains(d.Id)).Select(d => new { d.Id, d.Name })
                .ToDictionaryAsync(d => d.Id, d => d.Name, ct);
        var posts = memberIds.Count == 0
            ? new Dictionary<Guid, PresidiumPost>()
            : await db.PresidiumMembers.AsNoTracking().Where(m => memberIds.Contains(m.Id)).Select(m => new { m.Id, m.Post })
                .ToDictionaryAsync(m => m.Id, m => m.Post, ct);
        var units = unitIds.Count == 0
            ? new Dictionary<Guid, string>()
            : await db.HandlingUnits.AsNoTracking().Where(u => unitIds.Contains(u.Id)).Select(u => new { u.Id, u.Name })
                .ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        var today = clock.TodayInChina();
        return meetings.Select(m => new PresidiumMeetingDto
        {
            Id = m.Id,
            TownshipId = m.TownshipId,
            TermId = m.TermId,
            Kind = m.Kind,
            HeldAt = m.HeldAt,
            HeldOn = m.HeldOn,
            Place = m.Place,
            Agenda = m.Agenda.Select(a => a.Title).ToList(),
            MemberCount = m.MemberCount,
            PresentCount = m.PresentCount,
            QuorumRequired = m.QuorumRequired,
            HasQuorum = m.HasQuorum,
            CountsForRegularMeetingRule = m.CountsForRegularMeetingRule,
            MajorityRequired = m.MajorityRequired,
            Attendance = m.Attendance
                .Select(a => new MeetingAttendanceDto(
                    a.PresidiumMemberId,
                    a.DeputyId,
                    names.GetValueOrDefault(a.DeputyId, string.Empty),
                    posts.TryGetValue(a.PresidiumMemberId, out var post) ? post : null,
                    a.Attendance,
                    a.LeaveReason))
                .OrderBy(a => a.Post ?? PresidiumPost.Member)
                .ThenBy(a => a.DeputyName, StringComparer.Ordinal)
                .ToList(),
            InvitedDeputies = m.InvitedDeputies.Select(i => new InvitedDeputyDto(i.DeputyId, names.GetValueOrDefault(i.DeputyId, string.Empty))).ToList(),
            Minutes = m.Minutes,
            Decisions = m.Decisions
                .Select(d => new MeetingDecisionDto(
                    d.Position,
                    d.Text,
                    d.VotesFor,
                    d.VotesAgainst,
                    d.Abstentions,
                    d.Passed,
                    d.FollowUpDueOn,
                    d.FollowUpUnitId,
                    d.FollowUpUnitId is { } unitId ? units.GetValueOrDefault(unitId) : null,
                    d.FollowUpCompletedOn,
                    d.IsFollowUpOverdue(today)))
                .ToList(),
            Version = m.Version,
        }).ToList();
    }
}
