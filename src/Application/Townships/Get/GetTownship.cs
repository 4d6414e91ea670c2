using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Security;
using Mediator;

namespace DeputyPortal.Application.Townships.Get;

[Authorize]
public sealed record GetTownship(Guid Id) : IQuery<TownshipDto>;

public sealed class GetTownshipHandler(IAppDbContext db) : IQueryHandler<GetTownship, TownshipDto>
{
    public async ValueTask<TownshipDto> Handle(GetTownship query, CancellationToken cancellationToken) =>
        (await db.Townships.GetAsync(query.Id, "乡镇", cancellationToken)).ToDto();
}
