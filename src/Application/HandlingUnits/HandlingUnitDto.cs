using DeputyPortal.Application.Common;
using DeputyPortal.Domain.HandlingUnits;

namespace DeputyPortal.Application.HandlingUnits;

/// <summary>A handling unit as the API shows it; <see cref="Version"/> is the value of its ETag.</summary>
public sealed record HandlingUnitDto(Guid Id, Guid TownshipId, string Name, HandlingUnitKind Kind, string? HeadName, bool IsActive, uint Version) : IVersioned;
