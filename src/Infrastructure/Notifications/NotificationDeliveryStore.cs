using DeputyPortal.Application.Notifications.Delivery;
using DeputyPortal.Domain.Notifications;
using DeputyPortal.Infrastructure.Notifications.Channels;
using DeputyPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DeputyPortal.Infrastructure.Notifications;

/// <summary>
/// The delivery rows in SQL. The claim is one statement: the due rows of the channels configured here are locked with
/// FOR UPDATE SKIP LOCKED (a row another dispatcher is claiming at that moment is skipped, not waited for), held until
/// the lease ends and counted as an attempt, and committed at once; a held row is nobody else's until its outcome is
/// recorded or its lease runs out (its dispatcher died). Outcomes are single-row updates, written outside the audit
/// (delivery bookkeeping, not a change to a record).
/// </summary>
public sealed class NotificationDeliveryStore(AppDbContext db, IOptions<NotificationChannelOptions> channels) : INotificationDeliveries
{
    public async Task<IReadOnlyList<DeliveryMessage>> ClaimDueAsync(DateTimeOffset now, DateTimeOffset claimedUntil, int batchSize, CancellationToken ct)
    {
        var email = channels.Value.EmailEnabled;
        var codes = channels.Value.WebhookTownshipCodes();
        if (!email && codes.Length == 0)
        {
            return [];
        }

        var ids = await db.Database.SqlQuery<Guid>(
            $"""
            UPDATE notification_deliveries d
            SET claimed_until = {claimedUntil}, attempts = d.attempts + 1
            FROM (
                SELECT id FROM notification_deliveries
                WHERE status = 'Pending' AND next_attempt_at <= {now}
                  AND (claimed_until IS NULL OR claimed_until <= {now})
                  AND ((channel = 'Email' AND {email}) OR (channel = 'Webhook' AND target = ANY({codes})))
                ORDER BY next_attempt_at, id
                LIMIT {batchSize}
                FOR UPDATE SKIP LOCKED) due
            WHERE d.id = due.id
            RETURNING d.id AS "Value"
            """).ToListAsync(ct);
        if (ids.Count == 0)
        {
            return [];
        }

        return await (
            from d in db.NotificationDeliveries.IgnoreQueryFilters().AsNoTracking()
            where ids.Contains(d.Id)
            join n in db.Notifications.IgnoreQueryFilters() on d.NotificationId equals n.Id
            join u in db.Users on n.RecipientUserId equals u.Id
            orderby d.NextAttemptAt, d.Id
            select new DeliveryMessage(d.Id, d.Channel, d.Target, d.Attempts, u.Email, n.Kind, n.Title, n.Body, n.Link))
            .ToListAsync(ct);
    }

    public Task MarkSentAsync(Guid deliveryId, DateTimeOffset now, CancellationToken ct) =>
        db.NotificationDeliveries.IgnoreQueryFilters().Where(d => d.Id == deliveryId).ExecuteUpdateAsync(
            s => s.SetProperty(d => d.Status, DeliveryStatus.Sent)
                .SetProperty(d => d.SentAt, now)
                .SetProperty(d => d.ClaimedUntil, (DateTimeOffset?)null)
                .SetProperty(d => d.LastError, (string?)null),
            ct);

    public Task MarkAttemptFailedAsync(Guid deliveryId, DateTimeOffset? nextAttemptAt, string error, CancellationToken ct)
    {
        var redacted = error.Length > NotificationDelivery.LastErrorMaxLength ? error[..NotificationDelivery.LastErrorMaxLength] : error;
        var status = nextAttemptAt is null ? DeliveryStatus.Failed : DeliveryStatus.Pending;
        return db.NotificationDeliveries.IgnoreQueryFilters().Where(d => d.Id == deliveryId).ExecuteUpdateAsync(
            s => s.SetProperty(d => d.Status, status)
                .SetProperty(d => d.NextAttemptAt, d => nextAttemptAt ?? d.NextAttemptAt)
                .SetProperty(d => d.ClaimedUntil, (DateTimeOffset?)null)
                .SetProperty(d => d.LastError, redacted),
            ct);
    }
}
