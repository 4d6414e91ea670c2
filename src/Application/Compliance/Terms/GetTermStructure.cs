using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Security;
using Mediator;

namespace DeputyPortal.Application.Compliance.Terms;

/// <summary>代表结构: R10 for a township's term (today's, or the latest, unless one is named), read by those who oversee the township.</summary>
[Authorize(Roles.TownshipSecretary, Roles.PresidiumMember, Roles.CountyStaff, Roles.Admin)]
public sealed record GetTermStructure(Guid TownshipId, Guid? TermId = null) : IQuery<TermStructureDto>;

public sealed class GetTermStructureHandler(IAppDbContext db, TimeProvider clock) : IQueryHandler<GetTermStructure, TermStructureDto>
{
    public async ValueTask<TermStructureDto> Handle(GetTermStructure query, CancellationToken cancellationToken) =>
        await TermCompliance.StructureAsync(db, clock, query.TownshipId, query.TermId, cancellationToken);
}
