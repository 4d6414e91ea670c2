using System.Security.Claims;
using DeputyPortal.Infrastructure.Identity;

namespace DeputyPortal.Api.Security;

/// <summary>The claims a signed-in user carries, the same in the bearer token and the portal cookie.</summary>
public static class PortalClaims
{
    public const string UserId = "sub";
    public const string Name = "name";
    public const string DisplayName = "display_name";
    public const string Role = "role";
    public const string TownshipId = "township_id";
    public const string DeputyId = "deputy_id";
    public const string HandlingUnitId = "unit_id";

    /// <summary>The account's security stamp when the credential was issued; see <see cref="AccountStampValidator"/>.</summary>
    public const string SecurityStamp = "stamp";

    public static List<Claim> For(AppUser user, string role)
    {
        var claims = new List<Claim>
        {
            new(UserId, user.Id.ToString()),
            new(Name, user.UserName!),
            new(DisplayName, user.DisplayName),
            new(Role, role),
            new(SecurityStamp, user.SecurityStamp ?? ""),
        };
        AddIfPresent(claims, TownshipId, user.TownshipId);
        AddIfPresent(claims, DeputyId, user.DeputyId);
        AddIfPresent(claims, HandlingUnitId, user.HandlingUnitId);
        return claims;
    }

    private static void AddIfPresent(List<Claim> claims, string type, Guid? value)
    {
        if (value is { } id)
        {
            claims.Add(new Claim(type, id.ToString()));
        }
    }
}
