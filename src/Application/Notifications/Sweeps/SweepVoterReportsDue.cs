using System.Globalization;
using DeputyPortal.Application.Common;
using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Application.Notifications.Sending;
using DeputyPortal.Domain.Common;
using DeputyPortal.Domain.Notifications;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DeputyPortal.Application.Notifications.Sweeps;

/// <summary>
/// The monthly sweep of voter reports (述职, DESIGN §6): a deputy in office in a current term with under 12 months of
/// it left who has not yet reported to the voters in that term (no performance review of theirs held within the
/// term's dates, as R5 counts them) reminds the deputy and the township's secretaries, once a month. Reads only the
/// terms ending within a year, their serving deputies, and each one's reviews by the (deputy, date) index.
/// </summary>
[Authorize(Roles.SystemOnly)]
public sealed record SweepVoterReportsDue : ICommand<int>;

public sealed class SweepVoterReportsDueHandler(IAppDbContext db, TimeProvider clock, INotificationOutbox outbox, IReminderRecipients recipients)
    : ICommandHandler<SweepVoterReportsDue, int>
{
    /// <summary>Months of term left under which a deputy not yet reported is reminded.</summary>
    public const int MonthsLeft = 12;

    public async ValueTask<int> Handle(SweepVoterReportsDue command, CancellationToken cancellationToken)
    {
        var today = clock.TodayInChina();
        var endsBefore = today.AddMonths(MonthsLeft);
        var due = await (
                from t in db.Terms.AsNoTracking()
                where t.StartsOn <= today && t.EndsOn >= today && t.EndsOn < endsBefore
                join d in db.Deputies.AsNoTracking() on t.Id equals d.TermId
                where (d.TerminatedOn == null || d.TerminatedOn > today)
                    && !db.PerformanceReviews.Any(r => r.DeputyId == d.Id && r.HeldOn >= t.StartsOn && r.HeldOn <= t.EndsOn)
                select new { d.Id, d.TownshipId, d.Name, TermNumber = t.Number, t.EndsOn })
            .ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            return 0;
        }

        var secretaries = await recipients.SecretariesAsync([.. due.Select(d => d.TownshipId).Distinct()], cancellationToken);
        var deputies = await recipients.DeputyAccountsAsync([.. due.Select(d => d.Id)], cancellationToken);
        var period = string.Create(CultureInfo.InvariantCulture, $"{today:yyyy-MM}");
        var addressed = new List<Addressed>();
        foreach (var d in due)
        {
            var daysLeft = d.EndsOn.DayNumber - today.DayNumber;
            var draft = new NotificationDraft(
                NotificationKind.VoterReportDue, d.Id, d.TownshipId, period,
                $"{d.Name}代表本届尚未向选民述职",
                $"第{ChineseNumerals.Of(d.TermNumber)}届任期至{ChineseDates.InProse(d.EndsOn)}结束，还有{daysLeft}天，"
                    + $"{d.Name}代表本届尚未向选民述职。请在任期结束前安排述职评议。",
                "/reviews");
            addressed.AddRange(deputies[d.Id].Concat(secretaries[d.TownshipId]).Distinct().Select(user => new Addressed(draft, user)));
        }

        return await outbox.AddOnceAsync(addressed, cancellationToken);
    }
}
