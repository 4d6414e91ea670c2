using System.Linq.Expressions;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Domain.Constituents;

namespace DeputyPortal.Application.Constituents;

/// <summary>Constituent → <see cref="ConstituentDto"/>, its personal data owned by the township and the assigned deputy.</summary>
public static class ConstituentMapper
{
    private static readonly Expression<Func<Constituent, ConstituentDto>> Projection = c => new ConstituentDto(
        c.Id,
        c.TownshipId,
        c.DeputyId,
        c.Name,
        c.Kind,
        c.Village,
        PersonalText.Address(c.Address, c.TownshipId, c.DeputyId),
        PersonalText.Phone(c.Phone, c.TownshipId, c.DeputyId),
        c.IsActive,
        c.Version);

    private static readonly Func<Constituent, ConstituentDto> Compiled = Projection.Compile();

    public static ConstituentDto ToDto(this Constituent constituent) => Compiled(constituent);

    public static IQueryable<ConstituentDto> ProjectToDto(this IQueryable<Constituent> constituents) => constituents.Select(Projection);
}
