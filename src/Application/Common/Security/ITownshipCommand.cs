namespace DeputyPortal.Application.Common.Security;

/// <summary>A command that creates something in a township named by the caller; the caller must write that township.</summary>
public interface ITownshipCommand
{
    Guid TownshipId { get; }
}
