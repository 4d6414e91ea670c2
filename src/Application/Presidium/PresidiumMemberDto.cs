using DeputyPortal.Application.Common;
using DeputyPortal.Domain.Presidium;

namespace DeputyPortal.Application.Presidium;

/// <summary>A presidium post held by a deputy, with the deputy's name; <see cref="Version"/> is the value of its ETag.</summary>
public sealed record PresidiumMemberDto(
    Guid Id,
    Guid TownshipId,
    Guid TermId,
    Guid DeputyId,
    string DeputyName,
    PresidiumPost Post,
    DateOnly ServesFrom,
    DateOnly? ServesUntil,
    uint Version) : IVersioned;
