using Npgsql;
using NpgsqlTypes;

namespace DeputyPortal.Benchmarks.Generation;

/// <summary>Session attendance and the ten years of activities, presidium meetings and performance reviews (issue 12).</summary>
public sealed partial class BulkWriter
{
    private static async Task WriteActivitiesMeetingsAndReviewsAsync(NpgsqlConnection connection, TownshipData data, CancellationToken ct)
    {
        await CopyAsync(connection, "session_attendance (id, session_id, deputy_id, attendance, leave_reason)", data.Sessions.SelectMany(s => s.Attendance).ToList(), (w, a) =>
        {
            w.Write(a.Id);
            w.Write(a.SessionId);
            w.Write(a.DeputyId);
            w.Write(a.Attendance.ToString());
            WriteNullable(w, a.LeaveReason);
        }, ct);
        await CopyAsync(connection, "activities (id, township_id, term_id, kind, title, starts_on, ends_on, place, organizing_group_id, findings)", data.Activities, (w, a) =>
        {
            w.Write(a.Id);
            w.Write(a.TownshipId);
            w.Write(a.TermId);
            w.Write(a.Kind.ToString());
            w.Write(a.Title);
            w.Write(a.StartsOn, NpgsqlDbType.Date);
            w.Write(a.EndsOn, NpgsqlDbType.Date);
            WriteNullable(w, a.Place);
            WriteNullable(w, a.OrganizingGroupId);
            WriteNullable(w, a.Findings);
        }, ct);
        await CopyAsync(connection, "activity_participants (id, activity_id, deputy_id, attendance, leave_reason)", data.Activities.SelectMany(a => a.Participants).ToList(), (w, p) =>
        {
            w.Write(p.Id);
            w.Write(p.ActivityId);
            w.Write(p.DeputyId);
            w.Write(p.Attendance.ToString());
            WriteNullable(w, p.LeaveReason);
        }, ct);
        await CopyAsync(connection, "activity_subject_units (id, activity_id, handling_unit_id)", data.Activities.SelectMany(a => a.SubjectUnits).ToList(), (w, u) =>
        {
            w.Write(u.Id);
            w.Write(u.ActivityId);
            w.Write(u.HandlingUnitId);
        }, ct);
        await CopyAsync(
            connection,
            "activity_unit_tallies (id, activity_id, handling_unit_id, satisfied, basically_satisfied, dissatisfied)",
            data.Activities.SelectMany(a => a.Tallies).ToList(),
            (w, t) =>
            {
                w.Write(t.Id);
                w.Write(t.ActivityId);
                w.Write(t.HandlingUnitId);
                w.Write(t.Satisfied);
                w.Write(t.BasicallySatisfied);
                w.Write(t.Dissatisfied);
            },
            ct);
        await CopyAsync(
            connection,
            "rectification_items (id, activity_id, position, description, responsible_unit_id, due_on, status, completed_on, evidence)",
            data.Activities.SelectMany(a => a.RectificationItems).ToList(),
            (w, r) =>
            {
                w.Write(r.Id);
                w.Write(r.ActivityId);
                w.Write(r.Position);
                w.Write(r.Description);
                w.Write(r.ResponsibleUnitId);
                w.Write(r.DueOn, NpgsqlDbType.Date);
                w.Write(r.Status.ToString());
                WriteNullable(w, r.CompletedOn);
                WriteNullable(w, r.Evidence);
            },
            ct);

        await CopyAsync(
            connection,
            "presidium_meetings (id, township_id, term_id, kind, held_at, held_on, place, minutes, member_count, present_count, quorum_required, has_quorum, majority_required)",
            data.Meetings,
            (w, m) =>
            {
                w.Write(m.Id);
                w.Write(m.TownshipId);
                w.Write(m.TermId);
                w.Write(m.Kind.ToString());
                w.Write(m.HeldAt, NpgsqlDbType.TimestampTz);
                w.Write(m.HeldOn, NpgsqlDbType.Date);
                WriteNullable(w, m.Place);
                WriteNullable(w, m.Minutes);
                w.Write(m.MemberCount);
                w.Write(m.PresentCount);
                w.Write(m.QuorumRequired);
                w.Write(m.HasQuorum);
                w.Write(m.MajorityRequired);
            },
            ct);
        await CopyAsync(connection, "presidium_meeting_agenda_items (id, meeting_id, position, title)", data.Meetings.SelectMany(m => m.Agenda).ToList(), (w, a) =>
        {
            w.Write(a.Id);
            w.Write(a.MeetingId);
            w.Write(a.Position);
            w.Write(a.Title);
        }, ct);
        await CopyAsync(
            connection,
            "presidium_meeting_attendance (id, meeting_id, presidium_member_id, deputy_id, attendance, leave_reason)",
            data.Meetings.SelectMany(m => m.Attendance).ToList(),
            (w, a) =>
            {
                w.Write(a.Id);
                w.Write(a.MeetingId);
                w.Write(a.PresidiumMemberId);
                w.Write(a.DeputyId);
                w.Write(a.Attendance.ToString());
                WriteNullable(w, a.LeaveReason);
            },
            ct);
        await CopyAsync(connection, "presidium_meeting_invited_deputies (id, meeting_id, deputy_id)", data.Meetings.SelectMany(m => m.InvitedDeputies).ToList(), (w, i) =>
        {
            w.Write(i.Id);
            w.Write(i.MeetingId);
            w.Write(i.DeputyId);
        }, ct);
        await CopyAsync(
            connection,
            "presidium_meeting_decisions (id, meeting_id, position, text, votes_for, votes_against, abstentions, passed, follow_up_due_on, follow_up_unit_id, follow_up_completed_on)",
            data.Meetings.SelectMany(m => m.Decisions).ToList(),
            (w, d) =>
            {
                w.Write(d.Id);
                w.Write(d.MeetingId);
                w.Write(d.Position);
                w.Write(d.Text);
                w.Write(d.VotesFor);
                w.Write(d.VotesAgainst);
                w.Write(d.Abstentions);
                w.Write(d.Passed);
                WriteNullable(w, d.FollowUpDueOn);
                WriteNullable(w, d.FollowUpUnitId);
                WriteNullable(w, d.FollowUpCompletedOn);
            },
            ct);

        await CopyAsync(
            connection,
            "performance_reviews (id, township_id, term_id, deputy_id, district_id, held_on, venue, form, report_text, voters_present, satisfied, "
            + "basically_satisfied, dissatisfied, satisfaction_rate, proposed_outcome, outcome)",
            data.Reviews,
            (w, r) =>
            {
                w.Write(r.Id);
                w.Write(r.TownshipId);
                w.Write(r.TermId);
                w.Write(r.DeputyId);
                w.Write(r.DistrictId);
                w.Write(r.HeldOn, NpgsqlDbType.Date);
                WriteNullable(w, r.Venue);
                w.Write(r.Form.ToString());
                w.Write(r.ReportText);
                w.Write(r.VotersPresent);
                w.Write(r.Satisfied);
                w.Write(r.BasicallySatisfied);
                w.Write(r.Dissatisfied);
                WriteNullable(w, r.SatisfactionRate);
                WriteNullable(w, r.ProposedOutcome?.ToString());
                WriteNullable(w, r.Outcome?.ToString());
            },
            ct);
    }
}
