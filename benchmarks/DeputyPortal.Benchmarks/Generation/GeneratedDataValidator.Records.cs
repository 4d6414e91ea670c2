using DeputyPortal.Domain.Activities;
using DeputyPortal.Domain.Common;
using DeputyPortal.Domain.Compliance;
using DeputyPortal.Domain.Districts;
using DeputyPortal.Domain.Groups;
using DeputyPortal.Domain.Meetings;
using DeputyPortal.Domain.Reviews;
using Microsoft.EntityFrameworkCore;

namespace DeputyPortal.Benchmarks.Generation;

/// <summary>The ten years of activities, meetings and reviews, each recorded again through its factory (issue 12).</summary>
public sealed partial class GeneratedDataValidator
{
    private async Task ValidateRecordsAsync(
        List<string> violations, World world, Dictionary<Guid, ElectoralDistrict> districts, Dictionary<Guid, RepresentativeGroup> groups,
        DateOnly today, CancellationToken ct)
    {
        await foreach (var activity in db.Activities.AsNoTracking().AsAsyncEnumerable().WithCancellation(ct))
        {
            Check(violations, $"activity {activity.Id}", () =>
            {
                var term = world.Terms[activity.TermId];
                var draft = new ActivityDraft(
                    activity.Kind, activity.Title, activity.StartsOn, activity.EndsOn, activity.Place, activity.Findings,
                    activity.OrganizingGroupId is { } groupId ? groups[groupId] : null,
                    activity.SubjectUnits.Select(u => world.Units[u.HandlingUnitId]).ToList(),
                    activity.Participants.Select(p => new ParticipantDraft(world.Deputies[p.DeputyId], p.Attendance, p.LeaveReason)).ToList(),
                    activity.Tallies.Select(t => new TallyDraft(t.HandlingUnitId, t.Satisfied, t.BasicallySatisfied, t.Dissatisfied)).ToList());
                var copy = Activity.Record(term, draft, today);
                foreach (var item in activity.RectificationItems)
                {
                    copy.AddRectificationItem(
                        new RectificationDraft(item.Description, item.ResponsibleUnitId, item.DueOn, item.Status, item.CompletedOn, item.Evidence),
                        world.Units[item.ResponsibleUnitId], today);
                }

                Rule.Require(
                    activity.Participants.All(p => world.Deputies[p.DeputyId].TerminatedOn is not { } ended || ended >= activity.StartsOn),
                    "Generated.ParticipantServing",
                    "参加人员在活动日期前已终止代表资格。");
                Rule.Require(
                    activity.OrganizingGroupId is not { } id || groups[id].Members.All(m => activity.Participants.Any(p => p.DeputyId == m.DeputyId)),
                    "Generated.WholeGroupInvited",
                    "组织小组的成员没有全部列入参加人员。");
            });
        }

        await foreach (var meeting in db.PresidiumMeetings.AsNoTracking().AsAsyncEnumerable().WithCancellation(ct))
        {
            Check(violations, $"meeting {meeting.Id}", () =>
            {
                var term = world.Terms[meeting.TermId];
                var draft = new MeetingDraft(
                    meeting.Kind, meeting.HeldAt, meeting.Place, meeting.Agenda.Select(a => new AgendaDraft(a.Title)).ToList(),
                    world.Presidium.Values.Where(p => p.TermId == meeting.TermId).ToList(),
                    meeting.Attendance.Select(a => new MemberAttendanceDraft(a.PresidiumMemberId, a.Attendance, a.LeaveReason)).ToList(),
                    meeting.InvitedDeputies.Select(i => world.Deputies[i.DeputyId]).ToList(), meeting.Minutes,
                    meeting.Decisions.Select(d => new DecisionDraft(d.Text, d.VotesFor, d.VotesAgainst, d.Abstentions, d.FollowUpDueOn, d.FollowUpUnitId, d.FollowUpCompletedOn)).ToList(),
                    world.Units.Values.ToList());
                var copy = PresidiumMeeting.Record(term, draft, ComplianceRules.Default, CountyGenerator.Now);
                Rule.Require(
                    copy.HasQuorum == meeting.HasQuorum && copy.PresentCount == meeting.PresentCount && copy.HeldOn == meeting.HeldOn
                        && copy.Decisions.Select(d => d.Passed).SequenceEqual(meeting.Decisions.Select(d => d.Passed)),
                    "Generated.MeetingOutcome",
                    "会议的法定人数或决定结果与记录不符。");
                Rule.Require(
                    meeting.Decisions.All(d => d.FollowUpCompletedOn is not { } done || done <= today),
                    "Generated.FollowUpInPast",
                    "落实完成日期晚于生成时刻。");
            });
        }

        await foreach (var review in db.PerformanceReviews.AsNoTracking().AsAsyncEnumerable().WithCancellation(ct))
        {
            Check(violations, $"review {review.Id}", () =>
            {
                var draft = new ReviewDraft(review.HeldOn, review.Venue, review.Form, review.ReportText, review.VotersPresent, review.Tally, review.Outcome);
                var copy = PerformanceReview.Record(
                    world.Terms[review.TermId], world.Deputies[review.DeputyId], districts[review.DistrictId], draft, ReviewRules.Default, today);
                Rule.Require(
                    copy.ProposedOutcome == review.ProposedOutcome && copy.SatisfactionRate == review.SatisfactionRate,
                    "Generated.ReviewOutcome",
                    "评议的满意率或建议结果与票数不符。");
            });
        }
    }
}
