using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Security;
using Mediator;

namespace DeputyPortal.Application.HandlingUnits.Get;

[Authorize]
public sealed record GetHandlingUnit(Guid Id) : IQuery<HandlingUnitDto>;

public sealed class GetHandlingUnitHandler(IAppDbContext db) : IQueryHandler<GetHandlingUnit, HandlingUnitDto>
{
    public async ValueTask<HandlingUnitDto> Handle(GetHandlingUnit query, CancellationToken cancellationToken) =>
        (await db.HandlingUnits.GetAsync(query.Id, "承办单位", cancellationToken)).ToDto();
}
