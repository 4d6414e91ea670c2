using System.Security.Claims;
using DeputyPortal.Infrastructure.Identity;

namespace DeputyPortal.Api.Security;

/// <summary>
/// Checks, on every request and for both schemes (bearer token and portal cookie), that the credential was issued
/// under the account's current security stamp and that the account is not locked out. Locking, a new password and a
/// new role or binding renew the stamp, so a credential issued before the change is refused from then on
/// (on another instance within <see cref="AccountStates.CacheLifetime"/>).
/// </summary>
public sealed class AccountStampValidator(AccountStates states)
{
    public async Task<bool> IsCurrentAsync(ClaimsPrincipal? principal)
    {
        if (!Guid.TryParse(principal?.FindFirstValue(PortalClaims.UserId), out var userId)
            || principal?.FindFirstValue(PortalClaims.SecurityStamp) is not { Length: > 0 } stamp)
        {
            return false;
        }

        return await states.GetAsync(userId) is { IsLockedOut: false, SecurityStamp: { } current }
            && string.Equals(current, stamp, StringComparison.Ordinal);
    }
}
