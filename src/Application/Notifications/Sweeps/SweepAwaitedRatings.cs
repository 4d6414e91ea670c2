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
/// The daily sweep of replies awaiting the deputy's rating (答复待评价, DESIGN §6): a reply not yet rated 15 days
/// after it was given, while its evaluation window is still open, reminds the lead deputy once (or the township's
/// secretaries when the deputy has no account), naming the window's last day: after it the reply is accepted without a
/// rating (<see cref="Proposals.AcceptExpired.AcceptExpiredEvaluations"/>). Reads by the (status, evaluation due
/// date) index only the replies whose window is still open.
/// </summary>
[Authorize(Roles.SystemOnly)]
public sealed record SweepAwaitedRatings : ICommand<int>;

public sealed class SweepAwaitedRatingsHandler(IAppDbContext db, TimeProvider clock, INotificationOutbox outbox, IReminderRecipients recipients)
    : ICommandHandler<SweepAwaitedRatings, int>
{
    /// <summary>Days after the reply on which an unrated reply reminds.</summary>
    public const int DaysAfterReply = 15;

    public async ValueTask<int> Handle(SweepAwaitedRatings command, CancellationToken cancellationToken)
    {
        var today = clock.TodayInChina();
        var repliedBy = today.AddDays(-DaysAfterReply);
        var due = await db.Proposals.AsNoTracking()
            .Where(p => p.Status == ProposalStatus.Replied && p.EvaluationDueOn >= today && p.LastRepliedOn <= repliedBy)
            .Select(p => new
            {
                p.Id, p.TownshipId, p.Number, p.Title, p.LeadDeputyId,
                RepliedOn = p.LastRepliedOn!.Value,
                EvaluationDueOn = p.EvaluationDueOn!.Value,
            })
            .ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            return 0;
        }

        var secretaries = await recipients.SecretariesAsync([.. due.Select(p => p.TownshipId).Distinct()], cancellationToken);
        var deputies = await recipients.DeputyAccountsAsync([.. due.Select(p => p.LeadDeputyId).Distinct()], cancellationToken);
        var addressed = new List<Addressed>();
        foreach (var p in due)
        {
            var name = p.Number is null ? $"《{p.Title}》" : $"{p.Number}《{p.Title}》";
            var days = today.DayNumber - p.RepliedOn.DayNumber;
            var draft = new NotificationDraft(
                NotificationKind.RatingAwaited,
                p.Id,
                p.TownshipId,
                string.Create(CultureInfo.InvariantCulture, $"{p.RepliedOn:yyyyMMdd}"),
                $"建议{name}的答复待评价",
                $"建议{name}已于{ChineseDates.InProse(p.RepliedOn)}答复，{days}天来尚未评价。"
                    + $"请领衔代表于{ChineseDates.InProse(p.EvaluationDueOn)}前评价，逾期未评价的视为认可。",
                $"/proposals/{p.Id}");
            addressed.AddRange(deputies[p.LeadDeputyId].OrElse(secretaries[p.TownshipId]).Distinct().Select(user => new Addressed(draft, user)));
        }

        return await outbox.AddOnceAsync(addressed, cancellationToken);
    }
}
