using System.Security.Claims;
using DeputyPortal.Application.Common.Security;

namespace DeputyPortal.Api.Security;

/// <summary>
/// The caller of the current HTTP request, read from its claims. An anonymous request, and any code that runs outside
/// a request (there is no HttpContext), is nobody: no role, no township, refused by every request and shown no row.
/// Code outside a request that must act begins a scope with <see cref="ISystemScopes"/> and acts as the system.
/// </summary>
public sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private ClaimsPrincipal? Principal => accessor.HttpContext?.User;

    public bool IsSystem => false;

    public Guid? UserId => ReadGuid(PortalClaims.UserId);

    public string UserName => Principal?.FindFirstValue(PortalClaims.Name) ?? "anonymous";

    public string? Role => Principal?.Identity?.IsAuthenticated == true ? Principal.FindFirstValue(PortalClaims.Role) : null;

    public Guid? TownshipId => ReadGuid(PortalClaims.TownshipId);

    public Guid? DeputyId => ReadGuid(PortalClaims.DeputyId);

    public Guid? HandlingUnitId => ReadGuid(PortalClaims.HandlingUnitId);

    private Guid? ReadGuid(string type) =>
        Principal?.Identity?.IsAuthenticated == true && Guid.TryParse(Principal.FindFirstValue(type), out var id) ? id : null;
}
