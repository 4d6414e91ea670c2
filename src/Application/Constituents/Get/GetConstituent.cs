using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Security;
using Mediator;

namespace DeputyPortal.Application.Constituents.Get;

[Authorize]
public sealed record GetConstituent(Guid Id) : IQuery<ConstituentDto>;

public sealed class GetConstituentHandler(IAppDbContext db) : IQueryHandler<GetConstituent, ConstituentDto>
{
    public async ValueTask<ConstituentDto> Handle(GetConstituent query, CancellationToken cancellationToken) =>
        (await db.Constituents.GetAsync(query.Id, "选民", cancellationToken)).ToDto();
}
