using DeputyPortal.Application.Common;

namespace DeputyPortal.Application.Sessions;

/// <summary>A congress session as the API shows it, with its name (第一次会议); <see cref="Version"/> is the value of its ETag.</summary>
public sealed record SessionDto(
    Guid Id, Guid TownshipId, Guid TermId, int Number, string Name, DateOnly? OpenedOn, DateOnly? ClosedOn, uint Version) : IVersioned;
