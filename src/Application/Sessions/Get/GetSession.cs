using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Security;
using Mediator;

namespace DeputyPortal.Application.Sessions.Get;

[Authorize]
public sealed record GetSession(Guid Id) : IQuery<SessionDto>;

public sealed class GetSessionHandler(IAppDbContext db) : IQueryHandler<GetSession, SessionDto>
{
    public async ValueTask<SessionDto> Handle(GetSession query, CancellationToken cancellationToken) =>
        (await db.CongressSessions.GetAsync(query.Id, "会议", cancellationToken)).ToDto();
}
