using DeputyPortal.Application.Notifications.Sending;
using DeputyPortal.Domain.Notifications;
using DeputyPortal.Infrastructure.Notifications.Channels;
using DeputyPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DeputyPortal.Infrastructure.Notifications;

/// <summary>
/// One parameterised statement for a whole sweep: the rows as arrays, unnested, inserted unless their dedup key is
/// already there. The unique index decides, inside the database, so racing sweeps on two instances insert each once.
/// The new ones (found by the ids this call gave them) get their deliveries on the configured channels in the same
/// transaction: an e-mail per recipient with an address, and one robot message per reminder and township, whichever
/// recipients' copies are new (that delivery's key has no recipient in it).
/// </summary>
public sealed class NotificationOutbox(AppDbContext db, TimeProvider clock, IOptions<NotificationChannelOptions> channels) : INotificationOutbox
{
    public async Task<int> AddOnceAsync(IReadOnlyCollection<Addressed> notifications, CancellationToken ct)
    {
        if (notifications.Count == 0)
        {
            return 0;
        }

        var now = clock.GetUtcNow();
        var rows = notifications
            .Select(n => Notification.Create(n.Draft, n.RecipientUserId, now))
            .DistinctBy(n => n.DedupKey)
            .ToList();
        var ids = rows.Select(r => r.Id).ToArray();
        var recipients = rows.Select(r => r.RecipientUserId).ToArray();
        var townships = rows.Select(r => r.TownshipId).ToArray();
        var kinds = rows.Select(r => r.Kind.ToString()).ToArray();
        var subjects = rows.Select(r => r.SubjectId).ToArray();
        var periods = rows.Select(r => r.Period).ToArray();
        var keys = rows.Select(r => r.DedupKey).ToArray();
        var titles = rows.Select(r => r.Title).ToArray();
        var bodies = rows.Select(r => r.Body).ToArray();
        var links = rows.Select(r => r.Link).ToArray();
        var added = await db.Database.ExecuteSqlInterpolatedAsync(
            $"""
            INSERT INTO notifications (id, recipient_user_id, township_id, kind, subject_id, period, dedup_key, title, body, link, created_at)
            SELECT id, recipient, township, kind, subject, period, dedup_key, title, body, link, {now}
            FROM unnest({ids}, {recipients}, {townships}, {kinds}, {subjects}, {periods}, {keys}, {titles}, {bodies}, {links})
                AS r(id, recipient, township, kind, subject, period, dedup_key, title, body, link)
            ON CONFLICT (dedup_key) DO NOTHING
            """,
            ct);
        if (added > 0)
        {
            await AddDeliveriesAsync(rows, now, ct);
        }

        return added;
    }

    private async Task AddDeliveriesAsync(List<Notification> rows, DateTimeOffset now, CancellationToken ct)
    {
        var ids = rows.Select(r => r.Id).ToArray();
        if (channels.Value.EmailEnabled)
        {
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"""
                INSERT INTO notification_deliveries (id, notification_id, channel, target, delivery_key, status, attempts, next_attempt_at, created_at)
                SELECT gen_random_uuid(), n.id, 'Email', u.user_name, 'email:' || n.dedup_key, 'Pending', 0, {now}, {now}
                FROM notifications n JOIN users u ON u.id = n.recipient_user_id
                WHERE n.id = ANY({ids}) AND coalesce(u.email, '') <> ''
                ON CONFLICT (delivery_key) DO NOTHING
                """,
                ct);
        }

        var codes = channels.Value.WebhookTownshipCodes();
        if (codes.Length > 0)
        {
            var townships = await db.Townships.IgnoreQueryFilters()
                .Where(t => codes.Contains(t.Code))
                .Select(t => new { t.Id, t.Code })
                .ToDictionaryAsync(t => t.Id, t => t.Code, ct);
            var candidates = rows.Where(r => r.TownshipId is { } t && townships.ContainsKey(t)).Select(r => r.Id).ToArray();
            var stored = (await db.Notifications.IgnoreQueryFilters().Where(n => candidates.Contains(n.Id)).Select(n => n.Id).ToListAsync(ct)).ToHashSet();
            var robot = rows
                .Where(r => stored.Contains(r.Id))
                .Select(r => (r.Id, Code: townships[r.TownshipId!.Value], Key: NotificationDelivery.WebhookKeyOf(townships[r.TownshipId!.Value], r.Kind, r.SubjectId, r.Period)))
                .DistinctBy(r => r.Key)
                .ToList();
            if (robot.Count == 0)
            {
                return;
            }

            var notificationIds = robot.Select(r => r.Id).ToArray();
            var targets = robot.Select(r => r.Code).ToArray();
            var keys = robot.Select(r => r.Key).ToArray();
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"""
                INSERT INTO notification_deliveries (id, notification_id, channel, target, delivery_key, status, attempts, next_attempt_at, created_at)
                SELECT gen_random_uuid(), n.id, 'Webhook', r.target, r.delivery_key, 'Pending', 0, {now}, {now}
                FROM unnest({notificationIds}, {targets}, {keys}) AS r(notification_id, target, delivery_key)
                JOIN notifications n ON n.id = r.notification_id -- the reminder's first recipient whose copy was new
                ON CONFLICT (delivery_key) DO NOTHING
                """,
                ct);
        }
    }
}
