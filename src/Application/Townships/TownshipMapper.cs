using DeputyPortal.Domain.Townships;
using Riok.Mapperly.Abstractions;

namespace DeputyPortal.Application.Townships;

[Mapper]
public static partial class TownshipMapper
{
    public static partial TownshipDto ToDto(this Township township);

    public static partial IQueryable<TownshipDto> ProjectToDto(this IQueryable<Township> townships);
}
