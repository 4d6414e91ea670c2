using DeputyPortal.Domain.HandlingUnits;
using Riok.Mapperly.Abstractions;

namespace DeputyPortal.Application.HandlingUnits;

[Mapper]
public static partial class HandlingUnitMapper
{
    public static partial HandlingUnitDto ToDto(this HandlingUnit unit);

    public static partial IQueryable<HandlingUnitDto> ProjectToDto(this IQueryable<HandlingUnit> units);
}
