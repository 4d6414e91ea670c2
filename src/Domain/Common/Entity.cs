namespace DeputyPortal.Domain.Common;

/// <summary>An aggregate or entity with a stable identity and an optimistic-concurrency version.</summary>
public abstract class Entity
{
    public Guid Id { get; protected init; } = Guid.CreateVersion7();

    /// <summary>Row version maintained by the database (PostgreSQL xmin); exposed to clients as the ETag.</summary>
    public uint Version { get; private set; }
}
