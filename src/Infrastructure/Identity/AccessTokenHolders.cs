using DeputyPortal.Domain.AccessTokens;
using DeputyPortal.Domain.Common;
using DeputyPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace DeputyPortal.Infrastructure.Identity;

/// <summary>The account a working personal access token acts for, with its role now.</summary>
public sealed record AccessTokenHolder(Guid TokenId, AppUser User, string Role);

/// <summary>
/// Finds the account behind a presented personal access token: by the token's hash, only while it is neither revoked
/// nor expired (on the application's clock), and only while its account exists, is not locked and holds a role. The
/// role and township are read afresh on every request, so a changed account is scoped as it is now.
/// </summary>
public sealed class AccessTokenHolders(AppDbContext db, TimeProvider clock, IConfiguration configuration)
{
    /// <summary>Last-used is written at most this often per token, so a Power BI refresh of many pages costs one write.</summary>
    public static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(5);

    public async Task<AccessTokenHolder?> FindAsync(string token, CancellationToken ct)
    {
        var hash = PersonalAccessToken.HashOf(token);
        var now = clock.GetUtcNow();
        var today = ChinaDates.DateOf(now);

        // One statement: the token (found by hash, whoever asks: the request is not yet anybody), its account and role.
        var found = await (
            from t in db.AccessTokens.IgnoreQueryFilters()
            join u in db.Users on t.UserId equals u.Id
            where t.Hash == hash && t.RevokedAt == null && t.ExpiresOn >= today
            select new
            {
                t.Id,
                t.LastUsedAt,
                User = u,
                Role = db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).FirstOrDefault(),
            })
            .AsNoTracking()
            .FirstOrDefaultAsync(ct);
        if (found is null
            || found.Role is null
            || found.User.LockoutEnd > now
            || (found.User.IsDemo && !configuration.GetValue("Demo:Enabled", false)))
        {
            return null;
        }

        var stale = now.UtcDateTime - LastUsedResolution;
        if (found.LastUsedAt is null || found.LastUsedAt < stale)
        {
            // Outside the change tracker, so neither audited nor a concurrency conflict; the condition makes concurrent
            // requests of one refresh write it once.
            var nowUtc = now.UtcDateTime;
            await db.AccessTokens.IgnoreQueryFilters()
                .Where(t => t.Id == found.Id && (t.LastUsedAt == null || t.LastUsedAt < stale))
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedAt, nowUtc), ct);
        }

        return new AccessTokenHolder(found.Id, found.User, found.Role);
    }
}
