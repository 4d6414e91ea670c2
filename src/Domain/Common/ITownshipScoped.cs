namespace DeputyPortal.Domain.Common;

/// <summary>A record that belongs to exactly one township; reads and writes are scoped by it.</summary>
public interface ITownshipScoped
{
    Guid TownshipId { get; }
}
