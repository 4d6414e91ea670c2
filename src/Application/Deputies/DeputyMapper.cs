using DeputyPortal.Domain.Deputies;
using Riok.Mapperly.Abstractions;

namespace DeputyPortal.Application.Deputies;

[Mapper]
public static partial class DeputyMapper
{
    [MapperIgnoreSource(nameof(Deputy.IsServing))]
    [MapperIgnoreSource(nameof(Deputy.Profile))]
    public static partial DeputyDto ToDto(this Deputy deputy);

    public static partial IQueryable<DeputyDto> ProjectToDto(this IQueryable<Deputy> deputies);
}
