using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;

namespace DeputyPortal.Infrastructure.Identity;

/// <summary>What a signed-in request is checked against: the account's security stamp now, and whether it is locked out.</summary>
public sealed record AccountState(string? SecurityStamp, bool IsLockedOut);

/// <summary>
/// The state of each account, read from the identity tables at most once per <see cref="CacheLifetime"/> per account
/// and instance. A change made through this instance forgets the account at once; another instance sees it when its
/// cached copy ends, so a change takes effect everywhere within <see cref="CacheLifetime"/>.
/// </summary>
public sealed class AccountStates(IMemoryCache cache, IServiceScopeFactory scopes)
{
    public static readonly TimeSpan CacheLifetime = TimeSpan.FromSeconds(30);

    /// <summary>The account's state, or null when there is no such account.</summary>
    public async Task<AccountState?> GetAsync(Guid userId)
    {
        if (cache.TryGetValue(Key(userId), out AccountState? cached))
        {
            return cached;
        }

        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var state = await users.FindByIdAsync(userId.ToString()) is { } user
            ? new AccountState(user.SecurityStamp, await users.IsLockedOutAsync(user))
            : null;
        cache.Set(Key(userId), state, CacheLifetime);
        return state;
    }

    /// <summary>Called by every change to an account, so the next request of that account reads it afresh.</summary>
    public void Forget(Guid userId) => cache.Remove(Key(userId));

    private static string Key(Guid userId) => $"account-state:{userId:N}";
}
