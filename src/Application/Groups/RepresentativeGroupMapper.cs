using DeputyPortal.Domain.Groups;
using Riok.Mapperly.Abstractions;

namespace DeputyPortal.Application.Groups;

[Mapper]
public static partial class RepresentativeGroupMapper
{
    [MapProperty(nameof(RepresentativeGroup.Members), nameof(RepresentativeGroupDto.MemberDeputyIds))]
    public static partial RepresentativeGroupDto ToDto(this RepresentativeGroup group);

    public static partial IQueryable<RepresentativeGroupDto> ProjectToDto(this IQueryable<RepresentativeGroup> groups);

    private static Guid ToDeputyId(GroupMembership membership) => membership.DeputyId;
}
