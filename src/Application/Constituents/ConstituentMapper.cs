using DeputyPortal.Domain.Constituents;
using Riok.Mapperly.Abstractions;

namespace DeputyPortal.Application.Constituents;

[Mapper]
public static partial class ConstituentMapper
{
    public static partial ConstituentDto ToDto(this Constituent constituent);

    public static partial IQueryable<ConstituentDto> ProjectToDto(this IQueryable<Constituent> constituents);
}
