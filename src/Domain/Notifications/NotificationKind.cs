using DeputyPortal.Domain.Common;

namespace DeputyPortal.Domain.Notifications;

/// <summary>What a reminder is about (DESIGN §6); part of its dedup key, so one kind never silences another.</summary>
public enum NotificationKind
{
    [Label("建议即将到期")] ProposalDueSoon,
    [Label("建议办理超期")] ProposalOverdue,
    [Label("大会建议尚未交办")] SessionProposalsUnassigned,
    [Label("答复待评价")] RatingAwaited,
    [Label("整改事项超期")] RectificationOverdue,
    [Label("会议决定落实超期")] DecisionFollowUpOverdue,
    [Label("本季度尚未召开主席团例会")] NoRegularMeeting,
    [Label("代表小组本季度尚无活动")] GroupWithoutActivity,
    [Label("本季度尚未联系选民")] DeputyWithoutContact,
    [Label("尚未向选民述职")] VoterReportDue,
}
