using System.Security.Claims;
using DeputyPortal.Api.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DeputyPortal.Api.Pages.Account;

[AllowAnonymous]
public sealed class LoginModel(AccountSignIn signIn) : PageModel
{
    [BindProperty]
    public string? UserName { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnPostAsync()
    {
        var outcome = await signIn.CheckAsync(UserName, Password);
        if (outcome.User is not { } user)
        {
            Error = outcome.Failure;
            return Page();
        }

        var identity = new ClaimsIdentity(
            PortalClaims.For(user, outcome.Role!), CookieAuthenticationDefaults.AuthenticationScheme, PortalClaims.Name, PortalClaims.Role);
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
    }
}
