namespace DeputyPortal.Application.Common.Persistence;

/// <summary>A command that changes an existing record; it carries the version the caller last saw (from If-Match).</summary>
public interface IVersionedCommand
{
    uint ExpectedVersion { get; }
}
