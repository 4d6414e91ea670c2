namespace DeputyPortal.Infrastructure.Persistence.Idempotency;

/// <summary>Idempotency:RetentionHours: how long a stored answer is replayed; after that the key counts as new and the row is purged.</summary>
public sealed class IdempotencyOptions
{
    public const string Section = "Idempotency";

    public int RetentionHours { get; set; } = 24;

    public TimeSpan Retention => TimeSpan.FromHours(RetentionHours);
}
