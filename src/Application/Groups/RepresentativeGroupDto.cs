using DeputyPortal.Application.Common;

namespace DeputyPortal.Application.Groups;

/// <summary>A representative group with its members' ids; <see cref="Version"/> is the value of its ETag.</summary>
public sealed record RepresentativeGroupDto(
    Guid Id,
    Guid TownshipId,
    Guid TermId,
    string Name,
    Guid LeaderDeputyId,
    Guid? LiaisonPresidiumMemberId,
    IReadOnlyList<Guid> MemberDeputyIds,
    uint Version) : IVersioned;
