using DeputyPortal.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;

namespace DeputyPortal.Api.Security;

public sealed record SignInOutcome(AppUser? User, string? Role, string? Failure);

/// <summary>
/// Checks a user name and password for both the token endpoint and the portal sign-in page: lockout after repeated
/// failures, and demo accounts refused unless the demo is enabled.
/// </summary>
public sealed class AccountSignIn(UserManager<AppUser> users, SignInManager<AppUser> signIn, IConfiguration configuration)
{
    private const string WrongCredentials = "用户名或密码错误。";

    public async Task<SignInOutcome> CheckAsync(string? userName, string? password)
    {
        if (string.IsNullOrWhiteSpace(userName) || string.IsNullOrEmpty(password))
        {
            return new SignInOutcome(null, null, "请输入用户名和密码。");
        }

        var user = await users.FindByNameAsync(userName.Trim());
        if (user is null || (user.IsDemo && !configuration.GetValue("Demo:Enabled", false)))
        {
            return new SignInOutcome(null, null, WrongCredentials);
        }

        var result = await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            return new SignInOutcome(null, null, "连续输错密码次数过多，账户已临时锁定，请15分钟后再试。");
        }

        if (!result.Succeeded)
        {
            return new SignInOutcome(null, null, WrongCredentials);
        }

        var role = (await users.GetRolesAsync(user)).SingleOrDefault();
        return role is null ? new SignInOutcome(null, null, "该账户未分配角色，请联系管理员。") : new SignInOutcome(user, role, null);
    }
}
