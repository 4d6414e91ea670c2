using System.Linq.Expressions;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Domain.Deputies;

namespace DeputyPortal.Application.Deputies;

/// <summary>Deputy → <see cref="DeputyDto"/>; the phone is the deputy's own personal data.</summary>
public static class DeputyMapper
{
    private static readonly Expression<Func<Deputy, DeputyDto>> Projection = d => new DeputyDto(
        d.Id,
        d.TownshipId,
        d.TermId,
        d.DistrictId,
        d.Name,
        d.Gender,
        d.BirthDate,
        d.Ethnicity,
        d.Party,
        d.Occupation,
        d.Education,
        PersonalText.Phone(d.Phone, d.TownshipId, d.Id),
        d.IsReelected,
        d.IsCountyDeputy,
        d.Status,
        d.TerminatedOn,
        d.TerminationReason,
        d.Version);

    private static readonly Func<Deputy, DeputyDto> Compiled = Projection.Compile();

    public static DeputyDto ToDto(this Deputy deputy) => Compiled(deputy);

    public static IQueryable<DeputyDto> ProjectToDto(this IQueryable<Deputy> deputies) => deputies.Select(Projection);
}
