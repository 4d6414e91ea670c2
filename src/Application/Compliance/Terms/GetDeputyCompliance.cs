using DeputyPortal.Application.Common.Exceptions;
using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Security;
using Mediator;

namespace DeputyPortal.Application.Compliance.Terms;

/// <summary>
/// 代表履职达标情况: one deputy's R5 and R7 over their term. Those who oversee the township read any of its deputies; a
/// deputy reads only their own (another deputy is answered as not found); handling units read none.
/// </summary>
/// <param name="TermId">Optional: a deputy belongs to one term, so another term than theirs is not found.</param>
[Authorize(Roles.TownshipSecretary, Roles.PresidiumMember, Roles.CountyStaff, Roles.Admin, Roles.Deputy)]
public sealed record GetDeputyCompliance(Guid DeputyId, Guid? TermId = null) : IQuery<DeputyComplianceDto>;

public sealed class GetDeputyComplianceHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock) : IQueryHandler<GetDeputyCompliance, DeputyComplianceDto>
{
    public async ValueTask<DeputyComplianceDto> Handle(GetDeputyCompliance query, CancellationToken cancellationToken)
    {
        if (user.Role == Roles.Deputy && user.DeputyId != query.DeputyId)
        {
            throw new NotFoundException(TermCompliance.DeputyResource, query.DeputyId);
        }

        return await TermCompliance.DeputyAsync(db, clock, query.DeputyId, query.TermId, cancellationToken);
    }
}
