using DeputyPortal.Domain.Notifications;

namespace DeputyPortal.Application.Notifications.Delivery;

/// <summary>One claimed delivery with what its message is made of. <see cref="Email"/> is the recipient's address, read
/// at send time (e-mail only); it is personal data and goes nowhere but to the mail server.</summary>
public sealed record DeliveryMessage(
    Guid DeliveryId, NotificationChannel Channel, string Target, int Attempts, string? Email,
    NotificationKind Kind, string Title, string Body, string Link);

/// <summary>
/// The delivery rows. A claim is one atomic statement (the due rows locked with FOR UPDATE SKIP LOCKED, marked as held
/// until a lease ends and counted as an attempt), so two dispatchers at once never take the same row; an instance
/// claims only the channels and targets configured on it.
/// </summary>
public interface INotificationDeliveries
{
    Task<IReadOnlyList<DeliveryMessage>> ClaimDueAsync(DateTimeOffset now, DateTimeOffset claimedUntil, int batchSize, CancellationToken ct);

    Task MarkSentAsync(Guid deliveryId, DateTimeOffset now, CancellationToken ct);

    /// <summary>Back to pending until <paramref name="nextAttemptAt"/>, or failed for good when it is null.</summary>
    Task MarkAttemptFailedAsync(Guid deliveryId, DateTimeOffset? nextAttemptAt, string error, CancellationToken ct);
}

/// <summary>A channel beyond the inbox (e-mail, a group robot). It sends one message, retrying a transient failure a
/// few times at once, and throws <see cref="DeliveryFailedException"/> when it could not.</summary>
public interface INotificationChannel
{
    NotificationChannel Channel { get; }

    Task SendAsync(DeliveryMessage message, CancellationToken ct);
}

/// <summary>A delivery that did not go through; its message names the cause without an address, a URL or a secret.</summary>
public sealed class DeliveryFailedException(string safeMessage, Exception? inner = null) : Exception(safeMessage, inner);

/// <summary>Notifications:Delivery: how the dispatcher claims and retries (see docs/reminders.md, "Channels").</summary>
public sealed class NotificationDeliveryOptions
{
    public const string Section = "Notifications:Delivery";

    /// <summary>How many deliveries one run claims.</summary>
    public int BatchSize { get; set; } = 100;

    /// <summary>Attempts (dispatcher runs) before a delivery is failed for good.</summary>
    public int MaxAttempts { get; set; } = DeliveryRetrySchedule.Default.MaxAttempts;

    /// <summary>The waits after the 1st, 2nd, … failed attempt, comma-separated (the last one repeats).</summary>
    public string Backoff { get; set; } = "00:01:00,00:05:00,00:30:00,02:00:00";

    /// <summary>How long a claim holds a delivery; one whose dispatcher died is claimable again after it.</summary>
    public TimeSpan ClaimFor { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Quick retries within one attempt (Polly), for a dropped connection or a 5xx.</summary>
    public int RetryCount { get; set; } = 2;

    /// <summary>The first quick retry's wait; it doubles with each.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long one try may take before it counts as failed.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(15);

    public DeliveryRetrySchedule Schedule() => new(
        MaxAttempts,
        [.. Backoff.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => TimeSpan.Parse(s, System.Globalization.CultureInfo.InvariantCulture))]);
}
