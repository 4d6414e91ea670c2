using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Security;
using Mediator;

namespace DeputyPortal.Application.Groups.Get;

[Authorize]
public sealed record GetRepresentativeGroup(Guid Id) : IQuery<RepresentativeGroupDto>;

public sealed class GetRepresentativeGroupHandler(IAppDbContext db) : IQueryHandler<GetRepresentativeGroup, RepresentativeGroupDto>
{
    public async ValueTask<RepresentativeGroupDto> Handle(GetRepresentativeGroup query, CancellationToken cancellationToken) =>
        (await db.RepresentativeGroups.GetAsync(query.Id, "代表小组", cancellationToken)).ToDto();
}
