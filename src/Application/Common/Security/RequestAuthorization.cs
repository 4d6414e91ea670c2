using System.Collections.Concurrent;
using System.Reflection;

namespace DeputyPortal.Application.Common.Security;

/// <summary>
/// Who may send a kind of request, read from the <see cref="AuthorizeAttribute"/> the request type carries. The
/// authorization behaviour refuses with it and the portal asks it before showing a page or a button, so there is one
/// answer to "may this user send this request", never a second role list.
/// </summary>
public static class RequestAuthorization
{
    private static readonly ConcurrentDictionary<Type, AuthorizeAttribute> Requirements = new();

    public static AuthorizeAttribute RequirementOf(Type requestType) => Requirements.GetOrAdd(
        requestType,
        type => type.GetCustomAttribute<AuthorizeAttribute>()
            ?? throw new InvalidOperationException($"{type.Name} declares no [Authorize]; every request must say who may send it."));

    /// <summary>
    /// Why the user may not send requests of this kind at all, or null if they may (township scoping of the message
    /// itself is checked when it is sent).
    /// </summary>
    public static string? RefusalFor(ICurrentUser user, Type requestType)
    {
        var requirement = RequirementOf(requestType);
        var forTheSystem = requirement.Roles.Contains(Roles.SystemOnly);
        if (user.IsSystem != forTheSystem)
        {
            return user.IsSystem ? "系统身份只能执行系统任务。" : "此操作只能由系统执行。";
        }

        if (user.IsSystem)
        {
            return null;
        }

        if (user.Role is null)
        {
            return "请先登录。";
        }

        return requirement.Roles.Count > 0 && !requirement.Roles.Contains(user.Role) ? "您的角色无权执行此操作。" : null;
    }
}
