namespace DeputyPortal.Application.Common;

/// <summary>A record as the API returns it, with the version its ETag is made from.</summary>
public interface IVersioned
{
    uint Version { get; }
}
