namespace DeputyPortal.Domain.Auditing;

/// <summary>
/// 审计: one change to one record. Append-only; the database links each entry to the previous one by hash,
/// so an entry changed or removed afterwards breaks the chain and is found by verification.
/// </summary>
public sealed class AuditEntry
{
    private AuditEntry()
    {
    }

    public long Id { get; private set; }

    public DateTime OccurredAt { get; private set; }

    public Guid? UserId { get; private set; }

    public string UserName { get; private set; } = null!;

    public string EntityType { get; private set; } = null!;

    public string EntityId { get; private set; } = null!;

    public string Action { get; private set; } = null!;

    /// <summary>The changed properties before the change, as JSON; null for a creation.</summary>
    public string? Before { get; private set; }

    /// <summary>The changed properties after the change, as JSON; null for a removal.</summary>
    public string? After { get; private set; }

    /// <summary>Set by the database on insert.</summary>
    public string? PreviousHash { get; private set; }

    /// <summary>Set by the database on insert.</summary>
    public string? Hash { get; private set; }

    public static AuditEntry Record(
        DateTime occurredAtUtc, Guid? userId, string userName, string entityType, string entityId, string action, string? before, string? after) =>
        new()
        {
            OccurredAt = occurredAtUtc,
            UserId = userId,
            UserName = userName,
            EntityType = entityType,
            EntityId = entityId,
            Action = action,
            Before = before,
            After = after,
        };
}
