using System.Linq.Expressions;
using DeputyPortal.Domain.Activities;
using DeputyPortal.Domain.Meetings;

namespace DeputyPortal.Application.Common;

/// <summary>
/// What "overdue" means for the follow-ups that are not proposals, as SQL predicates: the reminder sweep, the activity
/// and meeting lists and the secretary's home page all ask through these, so they never disagree. The same conditions
/// as <see cref="RectificationItem.IsOverdue"/> and <see cref="MeetingDecision.IsFollowUpOverdue"/>: not completed,
/// and the due day is past.
/// </summary>
public static class OverdueFollowUps
{
    /// <summary>A rectification item (整改事项) not completed by its due day.</summary>
    public static Expression<Func<RectificationItem, bool>> Rectification(DateOnly today) =>
        r => r.Status != RectificationStatus.Completed && r.DueOn < today;

    /// <summary>A meeting decision with a follow-up (落实) not completed by its due day.</summary>
    public static Expression<Func<MeetingDecision, bool>> Decision(DateOnly today) =>
        d => d.FollowUpCompletedOn == null && d.FollowUpDueOn < today;
}
