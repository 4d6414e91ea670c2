namespace DeputyPortal.Domain.Notifications;

/// <summary>
/// 提醒投递: one reminder on one channel beyond the inbox (an e-mail to one recipient, or one message to a township's
/// group robot for all its recipients at once). <see cref="DeliveryKey"/> is unique in the database, so a reminder
/// reaches each target once however many sweeps, recipients or instances produce it. Rows are written in SQL by the
/// outbox and the dispatcher; this type is how they are read.
/// </summary>
public sealed class NotificationDelivery
{
    public const int TargetMaxLength = 100;
    public const int DeliveryKeyMaxLength = 300;
    public const int LastErrorMaxLength = 500;

    private NotificationDelivery()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>The stored reminder the message is made from (for a group robot, the first recipient's copy).</summary>
    public Guid NotificationId { get; private set; }

    public NotificationChannel Channel { get; private set; }

    /// <summary>Who it goes to, without secrets: the recipient's account name, or the township code of the robot.</summary>
    public string Target { get; private set; } = null!;

    /// <summary>The channel and the reminder's dedup key (a robot's without the recipient, so a group gets it once).</summary>
    public string DeliveryKey { get; private set; } = null!;

    public DeliveryStatus Status { get; private set; }

    /// <summary>How many times a dispatcher has claimed it to send.</summary>
    public int Attempts { get; private set; }

    public DateTimeOffset NextAttemptAt { get; private set; }

    /// <summary>While a dispatcher holds it; another dispatcher leaves it alone until then.</summary>
    public DateTimeOffset? ClaimedUntil { get; private set; }

    /// <summary>The last failure, with addresses and URLs removed.</summary>
    public string? LastError { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public static string EmailKeyOf(string notificationDedupKey) => $"email:{notificationDedupKey}";

    public static string WebhookKeyOf(string townshipCode, NotificationKind kind, Guid subjectId, string period) =>
        $"webhook:{townshipCode}:{kind}:{subjectId:N}:{period}";
}

/// <summary>The channels beyond the inbox (DESIGN §6), each on only where configured.</summary>
public enum NotificationChannel
{
    Email,
    Webhook,
}

public enum DeliveryStatus
{
    Pending,
    Sent,
    Failed,
}

/// <summary>
/// When a failed delivery is tried again: after the n-th failed attempt, the n-th back-off (the last one repeated);
/// after <see cref="MaxAttempts"/> attempts it is failed for good and stays visible as such.
/// </summary>
public sealed record DeliveryRetrySchedule(int MaxAttempts, IReadOnlyList<TimeSpan> Backoff)
{
    public static readonly DeliveryRetrySchedule Default = new(
        5, [TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30), TimeSpan.FromHours(2)]);

    /// <summary>The next attempt's time after a failed attempt, or null when that was the last one.</summary>
    public DateTimeOffset? NextAttemptAfterFailure(int attempts, DateTimeOffset now)
    {
        if (attempts >= MaxAttempts)
        {
            return null;
        }

        var wait = Backoff.Count == 0 ? TimeSpan.Zero : Backoff[Math.Clamp(attempts - 1, 0, Backoff.Count - 1)];
        return now + wait;
    }
}
