using System.Security.Claims;
using DeputyPortal.Application.Common.Security;

namespace DeputyPortal.Api.Security;

/// <summary>
/// The caller of the current HTTP request, read from its claims. Outside a request (start-up, jobs) it is the system;
/// an anonymous request is nobody and sees nothing.
/// </summary>
public sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private ClaimsPrincipal? Principal => accessor.HttpContext?.User;

    public bool IsSystem => accessor.HttpContext is null;

    public Guid? UserId => ReadGuid(PortalClaims.UserId);

    public string UserName => IsSystem ? "system" : Principal?.FindFirstValue(PortalClaims.Name) ?? "anonymous";

    public string? Role => Principal?.Identity?.IsAuthenticated == true ? Principal.FindFirstValue(PortalClaims.Role) : null;

    public Guid? TownshipId => ReadGuid(PortalClaims.TownshipId);

    public Guid? DeputyId => ReadGuid(PortalClaims.DeputyId);

    public Guid? HandlingUnitId => ReadGuid(PortalClaims.HandlingUnitId);

    private Guid? ReadGuid(string type) =>
        Principal?.Identity?.IsAuthenticated == true && Guid.TryParse(Principal.FindFirstValue(type), out var id) ? id : null;
}
