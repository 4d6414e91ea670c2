using DeputyPortal.Application.Notifications.Delivery;
using DeputyPortal.Application.Notifications.Sweeps;
using DeputyPortal.Application.Proposals.AcceptExpired;
using Mediator;
using Quartz;

namespace DeputyPortal.Infrastructure.Scheduling;

/// <summary>
/// A job that sends one system request through the mediator pipeline (so validation, authorization as the system,
/// the transaction and the audit apply as to any request), on a cron schedule read from settings
/// (<c>Scheduler:Cron:{name}</c>, China time) with <see cref="DefaultCron"/> when none is set. It answers how many rows
/// it changed or created.
/// </summary>
public sealed record ScheduledRequest(
    JobKey Key, TriggerKey TriggerKey, string Description, string DefaultCron, Func<ISender, CancellationToken, ValueTask<int>> Send)
{
    public string Name => Key.Name;
}

/// <summary>Every scheduled request of the application (DESIGN §6); declaring one here is all a new job needs.</summary>
public static class ScheduledRequests
{
    public const string TimeZoneId = "Asia/Shanghai";

    /// <summary>The group of the jobs that send reminders (提醒).</summary>
    public const string RemindersGroup = "reminders";

    /// <summary>评价期限届满未评价的答复视为认可: every day at 01:00.</summary>
    public static readonly ScheduledRequest AcceptExpiredEvaluations = new(
        new JobKey("accept-expired-evaluations", "proposals"),
        new TriggerKey("accept-expired-evaluations-daily", "proposals"),
        "评价期限届满未评价的答复视为认可",
        "0 0 1 * * ?",
        async (sender, ct) => await sender.Send(new AcceptExpiredEvaluations(), ct));

    /// <summary>建议即将到期（15/7/1天）和超期（每周）提醒: every day at 08:00.</summary>
    public static readonly ScheduledRequest ProposalDeadlines = new(
        new JobKey("proposal-deadlines", RemindersGroup),
        new TriggerKey("proposal-deadlines-daily", RemindersGroup),
        "建议即将到期和超期提醒",
        "0 0 8 * * ?",
        async (sender, ct) => await sender.Send(new SweepProposalDeadlines(), ct));

    /// <summary>提醒邮件和群机器人消息的发送与重试: every minute. Sends only what is due; idempotent like every job.</summary>
    public static readonly ScheduledRequest NotificationDeliveries = new(
        new JobKey("notification-deliveries", RemindersGroup),
        new TriggerKey("notification-deliveries-every-minute", RemindersGroup),
        "发送提醒邮件和群机器人消息",
        "0 * * * * ?",
        async (sender, ct) => await sender.Send(new DispatchNotificationDeliveries(), ct));

    /// <summary>大会期间提出的建议闭会25天后尚未交办提醒: every day at 08:00.</summary>
    public static readonly ScheduledRequest UnassignedSessionProposals = new(
        new JobKey("unassigned-session-proposals", RemindersGroup),
        new TriggerKey("unassigned-session-proposals-daily", RemindersGroup),
        "大会建议闭会25天后尚未交办提醒",
        "0 0 8 * * ?",
        async (sender, ct) => await sender.Send(new SweepUnassignedSessionProposals(), ct));

    /// <summary>答复15天未评价提醒: every day at 08:00.</summary>
    public static readonly ScheduledRequest AwaitedRatings = new(
        new JobKey("awaited-ratings", RemindersGroup),
        new TriggerKey("awaited-ratings-daily", RemindersGroup),
        "答复待评价提醒",
        "0 0 8 * * ?",
        async (sender, ct) => await sender.Send(new SweepAwaitedRatings(), ct));

    /// <summary>整改事项和会议决定落实超期（每周）提醒: every day at 08:00.</summary>
    public static readonly ScheduledRequest OverdueFollowUps = new(
        new JobKey("overdue-follow-ups", RemindersGroup),
        new TriggerKey("overdue-follow-ups-daily", RemindersGroup),
        "整改事项和会议决定落实超期提醒",
        "0 0 8 * * ?",
        async (sender, ct) => await sender.Send(new SweepOverdueFollowUps(), ct));

    /// <summary>季度末（最后15天）主席团例会、代表小组活动、联系选民提醒: every day at 08:00.</summary>
    public static readonly ScheduledRequest QuarterEndWarnings = new(
        new JobKey("quarter-end-warnings", RemindersGroup),
        new TriggerKey("quarter-end-warnings-daily", RemindersGroup),
        "季度末例会、小组活动和联系选民提醒",
        "0 0 8 * * ?",
        async (sender, ct) => await sender.Send(new SweepQuarterEndWarnings(), ct));

    /// <summary>任期不足12个月尚未向选民述职提醒: on the 1st of every month at 08:00.</summary>
    public static readonly ScheduledRequest VoterReportsDue = new(
        new JobKey("voter-reports-due", RemindersGroup),
        new TriggerKey("voter-reports-due-monthly", RemindersGroup),
        "任期不足12个月尚未向选民述职提醒",
        "0 0 8 1 * ?",
        async (sender, ct) => await sender.Send(new SweepVoterReportsDue(), ct));

    public static readonly IReadOnlyList<ScheduledRequest> All =
        [AcceptExpiredEvaluations, ProposalDeadlines, UnassignedSessionProposals, AwaitedRatings, OverdueFollowUps, QuarterEndWarnings, VoterReportsDue,
         NotificationDeliveries];

    public static ScheduledRequest? Find(JobKey key) => All.FirstOrDefault(r => r.Key.Equals(key));
}
