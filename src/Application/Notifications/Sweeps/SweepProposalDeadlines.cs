using System.Globalization;
using DeputyPortal.Application.Common;
using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Application.Notifications.Sending;
using DeputyPortal.Domain.Notifications;
using DeputyPortal.Domain.Proposals;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DeputyPortal.Application.Notifications.Sweeps;

/// <summary>
/// The daily sweep of handling deadlines (DESIGN §6): a proposal awaiting its reply 15, 7 and 1 days before its
/// deadline reminds the lead unit and the secretary (即将到期); once past it, the lead unit, the secretary and the
/// supervising presidium member, on the first day and then once a week while it stays overdue (超期). Reads only the
/// proposals due on those days or overdue, by the (status, due date) index, so its cost grows with what is due.
/// </summary>
[Authorize(Roles.SystemOnly)]
public sealed record SweepProposalDeadlines : ICommand<int>;

public sealed class SweepProposalDeadlinesHandler(IAppDbContext db, TimeProvider clock, INotificationOutbox outbox, IReminderRecipients recipients)
    : ICommandHandler<SweepProposalDeadlines, int>
{
    /// <summary>Days before the deadline on which a reminder goes out.</summary>
    public static readonly int[] DaysBefore = [15, 7, 1];

    public async ValueTask<int> Handle(SweepProposalDeadlines command, CancellationToken cancellationToken)
    {
        var today = clock.TodayInChina();
        var soon = DaysBefore.Select(d => today.AddDays(d)).ToList();
        var due = await db.Proposals.AsNoTracking()
            .Where(p => (p.Status == ProposalStatus.Assigned || p.Status == ProposalStatus.Rehandling) && p.DueOn != null)
            .Where(p => p.DueOn < today || soon.Contains(p.DueOn!.Value))
            .Select(p => new DueProposal(
                p.Id, p.TownshipId, p.Number, p.Title, p.DueOn!.Value, p.LeadUnitId,
                db.HandlingUnits.Where(u => u.Id == p.LeadUnitId).Select(u => u.Name).FirstOrDefault(),
                db.PresidiumMembers.Where(m => m.Id == p.SupervisorPresidiumMemberId).Select(m => (Guid?)m.DeputyId).FirstOrDefault()))
            .ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            return 0;
        }

        var secretaries = await recipients.SecretariesAsync([.. due.Select(p => p.TownshipId).Distinct()], cancellationToken);
        var officers = await recipients.UnitOfficersAsync([.. due.Where(p => p.LeadUnitId != null).Select(p => p.LeadUnitId!.Value).Distinct()], cancellationToken);
        var supervisors = await recipients.DeputyAccountsAsync([.. due.Where(p => p.SupervisorDeputyId != null).Select(p => p.SupervisorDeputyId!.Value).Distinct()], cancellationToken);

        var addressed = new List<Addressed>();
        foreach (var p in due)
        {
            var draft = Draft(p, today);
            var to = secretaries[p.TownshipId].Concat(p.LeadUnitId is { } unit ? officers[unit] : []);
            if (draft.Kind == NotificationKind.ProposalOverdue && p.SupervisorDeputyId is { } supervisor)
            {
                to = to.Concat(supervisors[supervisor]);
            }

            addressed.AddRange(to.Distinct().Select(user => new Addressed(draft, user)));
        }

        return await outbox.AddOnceAsync(addressed, cancellationToken);
    }

    /// <summary>
    /// The period in the dedup key carries the deadline, so an extension's new deadline reminds afresh; while overdue,
    /// the number of whole weeks past it, so each week reminds once whichever day of it the sweep first runs.
    /// </summary>
    private static NotificationDraft Draft(DueProposal p, DateOnly today)
    {
        var name = p.Number is null ? $"《{p.Title}》" : $"{p.Number}《{p.Title}》";
        var unit = p.LeadUnitName is null ? string.Empty : $"由{p.LeadUnitName}主办，";
        var deadline = ChineseDates.InProse(p.DueOn);
        var link = $"/proposals/{p.Id}";
        var daysLeft = p.DueOn.DayNumber - today.DayNumber;
        if (daysLeft > 0)
        {
            return new NotificationDraft(
                NotificationKind.ProposalDueSoon, p.Id, p.TownshipId,
                string.Create(CultureInfo.InvariantCulture, $"{p.DueOn:yyyyMMdd}-{daysLeft}d"),
                $"建议{name}还有{daysLeft}天到期",
                $"代表建议{name}{unit}办理期限为{deadline}，还有{daysLeft}天。请在期限内答复代表。",
                link);
        }

        var daysOverdue = -daysLeft;
        var week = (daysOverdue - 1) / 7;
        return new NotificationDraft(
            NotificationKind.ProposalOverdue, p.Id, p.TownshipId,
            string.Create(CultureInfo.InvariantCulture, $"{p.DueOn:yyyyMMdd}-w{week}"),
            $"建议{name}已超期{daysOverdue}天",
            $"代表建议{name}{unit}办理期限为{deadline}，已超期{daysOverdue}天尚未答复。请督促承办单位尽快答复。",
            link);
    }

    private sealed record DueProposal(
        Guid Id, Guid TownshipId, string? Number, string Title, DateOnly DueOn, Guid? LeadUnitId, string? LeadUnitName, Guid? SupervisorDeputyId);
}
