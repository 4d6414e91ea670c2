namespace DeputyPortal.Infrastructure.Persistence.Idempotency;

/// <summary>The first answer to a create sent with an Idempotency-Key, replayed to retries of the same request.</summary>
public sealed class IdempotencyRecord
{
    public Guid UserId { get; set; }

    public string Key { get; set; } = null!;

    public string RequestHash { get; set; } = null!;

    public int StatusCode { get; set; }

    public string? ResponseBody { get; set; }

    public string? Location { get; set; }

    public string? ETag { get; set; }

    public DateTime CreatedAt { get; set; }
}
