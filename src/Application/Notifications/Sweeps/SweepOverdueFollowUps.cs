using System.Globalization;
using DeputyPortal.Application.Common;
using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Application.Notifications.Sending;
using DeputyPortal.Domain.Activities;
using DeputyPortal.Domain.Notifications;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DeputyPortal.Application.Notifications.Sweeps;

/// <summary>
/// The daily sweep of overdue follow-ups (DESIGN §6): a rectification item (整改事项) of a supervision activity not
/// completed by its date reminds the responsible unit's officers and the township's secretaries (整改事项超期); a
/// presidium meeting decision whose follow-up (落实) is not completed by its date reminds the follow-up unit's
/// officers, when it names one, and the secretaries (会议决定落实超期). Both on the first day overdue and then once a
/// week while overdue, as the proposal sweep does. A decision's reminder names its meeting as the subject (the
/// decision rows are replaced when the meeting is revised), one per decision by its position. Reads only the open, overdue ones, by the (status, due date)
/// index of rectification items and the partial index of open follow-ups.
/// </summary>
[Authorize(Roles.SystemOnly)]
public sealed record SweepOverdueFollowUps : ICommand<int>;

public sealed class SweepOverdueFollowUpsHandler(IAppDbContext db, TimeProvider clock, INotificationOutbox outbox, IReminderRecipients recipients)
    : ICommandHandler<SweepOverdueFollowUps, int>
{
    public async ValueTask<int> Handle(SweepOverdueFollowUps command, CancellationToken cancellationToken)
    {
        var today = clock.TodayInChina();
        var overdueItem = OverdueFollowUps.Rectification(today);
        var overdueDecision = OverdueFollowUps.Decision(today);
        var items = await (
                from a in db.Activities.AsNoTracking()
                from r in a.RectificationItems.AsQueryable().Where(overdueItem)
                select new Due(
                    NotificationKind.RectificationOverdue, r.Id, a.TownshipId, r.DueOn, r.ResponsibleUnitId,
                    db.HandlingUnits.Where(u => u.Id == r.ResponsibleUnitId).Select(u => u.Name).FirstOrDefault(),
                    a.Title, r.Position, r.Description, a.Id))
            .ToListAsync(cancellationToken);
        var decisions = await (
                from m in db.PresidiumMeetings.AsNoTracking()
                from d in m.Decisions.AsQueryable().Where(overdueDecision)
                select new Due(
                    NotificationKind.DecisionFollowUpOverdue, m.Id, m.TownshipId, d.FollowUpDueOn!.Value, d.FollowUpUnitId,
                    db.HandlingUnits.Where(u => u.Id == d.FollowUpUnitId).Select(u => u.Name).FirstOrDefault(),
                    null, d.Position, d.Text, m.Id)
                {
                    HeldOn = m.HeldOn,
                })
            .ToListAsync(cancellationToken);
        var due = items.Concat(decisions).ToList();
        if (due.Count == 0)
        {
            return 0;
        }

        var secretaries = await recipients.SecretariesAsync([.. due.Select(d => d.TownshipId).Distinct()], cancellationToken);
        var officers = await recipients.UnitOfficersAsync([.. due.Where(d => d.UnitId != null).Select(d => d.UnitId!.Value).Distinct()], cancellationToken);
        var addressed = new List<Addressed>();
        foreach (var d in due)
        {
            var draft = Draft(d, today);
            var to = secretaries[d.TownshipId].Concat(d.UnitId is { } unit ? officers[unit] : []);
            addressed.AddRange(to.Distinct().Select(user => new Addressed(draft, user)));
        }

        return await outbox.AddOnceAsync(addressed, cancellationToken);
    }

    /// <summary>The period carries the due date and the whole weeks overdue, as the proposal sweep's does: once a week while overdue.</summary>
    private static NotificationDraft Draft(Due d, DateOnly today)
    {
        var daysOverdue = today.DayNumber - d.DueOn.DayNumber;
        // A decision's rows are replaced when its meeting is revised, so its reminder is the meeting's, told apart by position.
        var decision = d.Kind == NotificationKind.DecisionFollowUpOverdue ? string.Create(CultureInfo.InvariantCulture, $"d{d.Position}-") : string.Empty;
        var period = string.Create(CultureInfo.InvariantCulture, $"{decision}{d.DueOn:yyyyMMdd}-w{(daysOverdue - 1) / 7}");
        var text = d.Text.Length > 60 ? $"{d.Text[..60]}…" : d.Text;
        var unit = d.UnitName is null ? string.Empty : $"由{d.UnitName}负责，";
        var deadline = ChineseDates.InProse(d.DueOn);
        return d.Kind == NotificationKind.RectificationOverdue
            ? new NotificationDraft(
                d.Kind, d.Id, d.TownshipId, period,
                Title($"整改事项已超期{daysOverdue}天：{text}"),
                $"“{d.ActivityTitle}”发现的第{d.Position}项整改事项“{text}”，{unit}整改期限为{deadline}，已超期{daysOverdue}天尚未完成整改。",
                $"/activities/{d.ParentId}")
            : new NotificationDraft(
                d.Kind, d.Id, d.TownshipId, period,
                Title($"会议决定落实已超期{daysOverdue}天：{text}"),
                $"{ChineseDates.InProse(d.HeldOn)}主席团会议第{d.Position}项决定“{text}”，{unit}落实期限为{deadline}，已超期{daysOverdue}天尚未落实。",
                $"/presidium-meetings/{d.ParentId}");
    }

    private static string Title(string title) => title.Length > Notification.TitleMaxLength ? title[..Notification.TitleMaxLength] : title;

    private sealed record Due(
        NotificationKind Kind, Guid Id, Guid TownshipId, DateOnly DueOn, Guid? UnitId, string? UnitName,
        string? ActivityTitle, int Position, string Text, Guid ParentId)
    {
        public DateOnly HeldOn { get; init; }
    }
}
