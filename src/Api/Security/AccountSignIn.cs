using DeputyPortal.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;

namespace DeputyPortal.Api.Security;

public sealed record SignInOutcome(AppUser? User, string? Role, string? Failure);

/// <summary>
/// Checks a user name and password for both the token endpoint and the portal sign-in page: lockout after repeated
/// failures, and demo accounts refused unless the demo is enabled. An unknown name, a wrong password, a locked account
/// and a demo account outside the demo all answer <see cref="WrongCredentials"/>, and each costs one password hash,
/// so neither the answer nor its timing tells which names exist or are locked.
/// </summary>
public sealed class AccountSignIn(UserManager<AppUser> users, SignInManager<AppUser> signIn, AccountStates states, IConfiguration configuration)
{
    public const string WrongCredentials = "用户名或密码错误，或账户已被锁定。";

    /// <summary>A hash to check a password against when there is no account's hash to check (made once, with this app's hasher settings).</summary>
    private static string? _dummyHash;

    public async Task<SignInOutcome> CheckAsync(string? userName, string? password)
    {
        if (string.IsNullOrWhiteSpace(userName) || string.IsNullOrEmpty(password))
        {
            return new SignInOutcome(null, null, "请输入用户名和密码。");
        }

        var user = await users.FindByNameAsync(userName.Trim());
        if (user is null || (user.IsDemo && !configuration.GetValue("Demo:Enabled", false)))
        {
            SpendAPasswordCheck(password);
            return Refused();
        }

        var result = await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            // Identity refuses a locked account before hashing; hash anyway so it costs what a wrong password does.
            SpendAPasswordCheck(password);
            states.Forget(user.Id); // locked by this failure, perhaps: its tokens end now, not when the cache does
            return Refused();
        }

        if (!result.Succeeded)
        {
            return Refused();
        }

        var role = (await users.GetRolesAsync(user)).SingleOrDefault();
        return role is null ? new SignInOutcome(null, null, "该账户未分配角色，请联系管理员。") : new SignInOutcome(user, role, null);
    }

    private static SignInOutcome Refused() => new(null, null, WrongCredentials);

    private void SpendAPasswordCheck(string password)
    {
        var nobody = new AppUser { UserName = "", DisplayName = "" };
        _dummyHash ??= users.PasswordHasher.HashPassword(nobody, Guid.NewGuid().ToString());
        users.PasswordHasher.VerifyHashedPassword(nobody, _dummyHash, password);
    }
}
