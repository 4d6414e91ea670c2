using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Security;
using Mediator;

namespace DeputyPortal.Application.Deputies.Get;

[Authorize]
public sealed record GetDeputy(Guid Id) : IQuery<DeputyDto>;

public sealed class GetDeputyHandler(IAppDbContext db) : IQueryHandler<GetDeputy, DeputyDto>
{
    public async ValueTask<DeputyDto> Handle(GetDeputy query, CancellationToken cancellationToken) =>
        (await db.Deputies.GetAsync(query.Id, "代表", cancellationToken)).ToDto();
}
