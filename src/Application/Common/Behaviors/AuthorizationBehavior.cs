using System.Reflection;
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
    private static readonly AuthorizeAttribute Requirement = typeof(TMessage).GetCustomAttribute<AuthorizeAttribute>()
        ?? throw new InvalidOperationException($"{typeof(TMessage).Name} declares no [Authorize]; every request must say who may send it.");

    private static readonly bool ForTheSystem = Requirement.Roles.Contains(Roles.SystemOnly);

    public ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (user.IsSystem != ForTheSystem)
        {
            throw new ForbiddenException(user.IsSystem ? "系统身份只能执行系统任务。" : "此操作只能由系统执行。");
        }

        if (!user.IsSystem)
        {
            if (user.Role is null)
            {
                throw new ForbiddenException("请先登录。");
            }

            if (Requirement.Roles.Count > 0 && !Requirement.Roles.Contains(user.Role))
            {
                throw new ForbiddenException("您的角色无权执行此操作。");
            }

            if (message is ITownshipCommand command && !user.CanWriteTownship(command.TownshipId))
            {
                throw new NotFoundException("乡镇", command.TownshipId);
            }
        }

        return next(message, cancellationToken);
    }
}
