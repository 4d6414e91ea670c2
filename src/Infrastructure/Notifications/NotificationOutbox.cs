using DeputyPortal.Application.Notifications.Sending;
using DeputyPortal.Domain.Notifications;
using DeputyPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DeputyPortal.Infrastructure.Notifications;

/// <summary>
/// One parameterised statement for a whole sweep: the rows as arrays, unnested, inserted unless their dedup key is
/// already there. The unique index decides, inside the database, so racing sweeps on two instances insert each once.
/// </summary>
public sealed class NotificationOutbox(AppDbContext db, TimeProvider clock) : INotificationOutbox
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
        return await db.Database.ExecuteSqlInterpolatedAsync(
            $"""
            INSERT INTO notifications (id, recipient_user_id, township_id, kind, subject_id, period, dedup_key, title, body, link, created_at)
            SELECT id, recipient, township, kind, subject, period, dedup_key, title, body, link, {now}
            FROM unnest({ids}, {recipients}, {townships}, {kinds}, {subjects}, {periods}, {keys}, {titles}, {bodies}, {links})
                AS r(id, recipient, township, kind, subject, period, dedup_key, title, body, link)
            ON CONFLICT (dedup_key) DO NOTHING
            """,
            ct);
    }
}
