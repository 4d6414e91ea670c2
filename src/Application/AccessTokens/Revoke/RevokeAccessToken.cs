using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Security;
using Mediator;

namespace DeputyPortal.Application.AccessTokens.Revoke;

/// <summary>Revokes one of the caller's own tokens at once; another user's token is not found (404). Revoking twice is harmless.</summary>
[Authorize]
public sealed record RevokeAccessToken(Guid Id) : ICommand;

public sealed class RevokeAccessTokenHandler(IAppDbContext db, TimeProvider clock) : ICommandHandler<RevokeAccessToken>
{
    public async ValueTask<Unit> Handle(RevokeAccessToken command, CancellationToken cancellationToken)
    {
        var token = await db.AccessTokens.GetAsync(command.Id, "访问令牌", cancellationToken);
        token.Revoke(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
