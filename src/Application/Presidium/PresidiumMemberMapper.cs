using DeputyPortal.Domain.Deputies;
using DeputyPortal.Domain.Presidium;

namespace DeputyPortal.Application.Presidium;

/// <summary>
/// Written by hand rather than with Mapperly: the DTO carries the deputy's name, which lives on another aggregate
/// and is read in the same SQL statement as a correlated lookup.
/// </summary>
public static class PresidiumMemberMapper
{
    public static PresidiumMemberDto ToDto(this PresidiumMember member, string deputyName) => new(
        member.Id, member.TownshipId, member.TermId, member.DeputyId, deputyName, member.Post, member.ServesFrom, member.ServesUntil, member.Version);

    /// <summary>One statement for the whole page: the deputy's name comes from a scalar subquery, not a query per row.</summary>
    public static IQueryable<PresidiumMemberDto> ProjectToDto(this IQueryable<PresidiumMember> members, IQueryable<Deputy> deputies) =>
        members.Select(m => new PresidiumMemberDto(
            m.Id,
            m.TownshipId,
            m.TermId,
            m.DeputyId,
            deputies.Where(d => d.Id == m.DeputyId).Select(d => d.Name).FirstOrDefault() ?? string.Empty,
            m.Post,
            m.ServesFrom,
            m.ServesUntil,
            m.Version));
}
