using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Security;
using Mediator;

namespace DeputyPortal.Application.Terms.Get;

[Authorize]
public sealed record GetTerm(Guid Id) : IQuery<TermDto>;

public sealed class GetTermHandler(IAppDbContext db) : IQueryHandler<GetTerm, TermDto>
{
    public async ValueTask<TermDto> Handle(GetTerm query, CancellationToken cancellationToken) =>
        (await db.Terms.GetAsync(query.Id, "届", cancellationToken)).ToDto();
}
