using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Security;
using Mediator;

namespace DeputyPortal.Application.Districts.Get;

[Authorize]
public sealed record GetDistrict(Guid Id) : IQuery<DistrictDto>;

public sealed class GetDistrictHandler(IAppDbContext db) : IQueryHandler<GetDistrict, DistrictDto>
{
    public async ValueTask<DistrictDto> Handle(GetDistrict query, CancellationToken cancellationToken) =>
        (await db.ElectoralDistricts.GetAsync(query.Id, "选区", cancellationToken)).ToDto();
}
