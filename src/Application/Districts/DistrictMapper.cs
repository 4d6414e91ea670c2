using DeputyPortal.Domain.Districts;
using Riok.Mapperly.Abstractions;

namespace DeputyPortal.Application.Districts;

[Mapper]
public static partial class DistrictMapper
{
    public static partial DistrictDto ToDto(this ElectoralDistrict district);

    public static partial IQueryable<DistrictDto> ProjectToDto(this IQueryable<ElectoralDistrict> districts);
}
