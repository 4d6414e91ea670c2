using DeputyPortal.Application.Common.Exceptions;
using DeputyPortal.Application.Common.Security;
using Mediator;

namespace DeputyPortal.Application.Common.Behaviors;

/// <summary>
/// Checks the caller against the request's <see cref="AuthorizeAttribute"/>: nobody (no sign-in, or code outside an
/// HTTP request that did not begin a system scope) is refused everything; the system may send only the requests
/// marked <see cref="Roles.SystemOnly"/>, and nobody else may send those; an account needs one of the listed roles, and
/// a township command must target the caller's own township (another township's id is answered as not found, so its
/// existence does not leak). Reads are scoped further by the database context's query filters.
/// </summary>
public sealed class AuthorizationBehavior<TMessage, TResponse>(ICurrentUser user) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    public ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (RequestAuthorization.RefusalFor(user, typeof(TMessage)) is { } refusal)
        {
            throw new ForbiddenException(refusal);
        }

        if (!user.IsSystem && message is ITownshipCommand command && !user.CanWriteTownship(command.TownshipId))
        {
            throw new NotFoundException("乡镇", command.TownshipId);
        }

        return next(message, cancellationToken);
    }
}
