using DeputyPortal.Application.Common;

namespace DeputyPortal.Application.Terms;

/// <summary>A term as the API shows it, with its name (第十八届); <see cref="Version"/> is the value of its ETag.</summary>
public sealed record TermDto(
    Guid Id, Guid TownshipId, int Number, string Name, DateOnly StartsOn, DateOnly EndsOn, DateOnly? ElectedOn, uint Version) : IVersioned;
