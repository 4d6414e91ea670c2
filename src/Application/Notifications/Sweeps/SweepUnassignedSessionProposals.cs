using System.Globalization;
using DeputyPortal.Application.Common;
using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Application.Notifications.Sending;
using DeputyPortal.Domain.Common;
using DeputyPortal.Domain.Notifications;
using DeputyPortal.Domain.Proposals;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DeputyPortal.Application.Notifications.Sweeps;

/// <summary>
/// The daily sweep of session proposals (大会期间提出的建议, DESIGN §6): a proposal raised at a session, registered
/// and still not assigned 25 days after the session closed, reminds the township's secretaries once, naming the
/// date R2 expects it assigned by (the close plus the township's months). It keeps reminding a proposal first seen on
/// a later day (after a downtime, or registered late) until that date; after it, R2's breach is the compliance
/// page's to show. Reads the sessions closed in the last six months (R2's longest setting), then their registered
/// proposals by the session index.
/// </summary>
[Authorize(Roles.SystemOnly)]
public sealed record SweepUnassignedSessionProposals : ICommand<int>;

public sealed class SweepUnassignedSessionProposalsHandler(IAppDbContext db, TimeProvider clock, INotificationOutbox outbox, IReminderRecipients recipients)
    : ICommandHandler<SweepUnassignedSessionProposals, int>
{
    /// <summary>Days after the close on which an unassigned session proposal first reminds.</summary>
    public const int DaysAfterClose = 25;

    public async ValueTask<int> Handle(SweepUnassignedSessionProposals command, CancellationToken cancellationToken)
    {
        var today = clock.TodayInChina();
        var (earliest, latest) = (today.AddMonths(-6), today.AddDays(-DaysAfterClose));
        var sessions = await db.CongressSessions.AsNoTracking()
            .Where(s => s.ClosedOn >= earliest && s.ClosedOn <= latest)
            .Select(s => new { s.Id, s.TownshipId, s.Number, ClosedOn = s.ClosedOn!.Value })
            .ToListAsync(cancellationToken);
        if (sessions.Count == 0)
        {
            return 0;
        }

        var townshipIds = sessions.Select(s => s.TownshipId).Distinct().ToList();
        var months = (await db.TownshipSettings.AsNoTracking().Where(s => townshipIds.Contains(s.TownshipId)).ToListAsync(cancellationToken))
            .ToDictionary(s => s.TownshipId, s => s.Proposals.SessionAssignmentMonths);
        var expectedBy = sessions.ToDictionary(
            s => s.Id, s => s.ClosedOn.AddMonths(months.GetValueOrDefault(s.TownshipId, ProposalRules.Default.SessionAssignmentMonths)));
        var open = sessions.Where(s => today <= expectedBy[s.Id]).ToDictionary(s => s.Id);
        if (open.Count == 0)
        {
            return 0;
        }

        var sessionIds = open.Keys.Select(id => (Guid?)id).ToList();
        var due = await db.Proposals.AsNoTracking()
            .Where(p => sessionIds.Contains(p.SessionId) && p.Status == ProposalStatus.Registered)
            .Select(p => new { p.Id, p.TownshipId, SessionId = p.SessionId!.Value, p.Number, p.Title })
            .ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            return 0;
        }

        var secretaries = await recipients.SecretariesAsync([.. due.Select(p => p.TownshipId).Distinct()], cancellationToken);
        var addressed = new List<Addressed>();
        foreach (var p in due)
        {
            var session = open[p.SessionId];
            var deadline = expectedBy[p.SessionId];
            var name = p.Number is null ? $"《{p.Title}》" : $"{p.Number}《{p.Title}》";
            var sessionName = $"第{ChineseNumerals.Of(session.Number)}次会议";
            var draft = new NotificationDraft(
                NotificationKind.SessionProposalsUnassigned,
                p.Id,
                p.TownshipId,
                string.Create(CultureInfo.InvariantCulture, $"{session.ClosedOn:yyyyMMdd}"),
                $"大会建议{name}尚未交办",
                $"{sessionName}期间提出的建议{name}，大会于{ChineseDates.InProse(session.ClosedOn)}闭幕已{today.DayNumber - session.ClosedOn.DayNumber}天，"
                    + $"仍未交办。应于{ChineseDates.InProse(deadline)}前交办承办单位。",
                $"/proposals/{p.Id}");
            addressed.AddRange(secretaries[p.TownshipId].Select(user => new Addressed(draft, user)));
        }

        return await outbox.AddOnceAsync(addressed, cancellationToken);
    }
}
