using DeputyPortal.Api.Portal;
using DeputyPortal.Application.Me;
using Mediator;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;

namespace DeputyPortal.Api.Pages.Account;

/// <summary>
/// 修改密码: the signed-in user's own password change, the same request as POST /api/v1/me/password. It ends every
/// session of the account, this one too, so the user signs in again with the new password. A refused change shows
/// its messages beside the fields (<see cref="PortalPageFilter"/>); passwords are never typed back into the form.
/// </summary>
[PortalPage(typeof(ChangeMyPassword))]
public sealed class PasswordModel(ISender sender) : PortalPageModel
{
    [BindProperty]
    public string? CurrentPassword { get; set; }

    [BindProperty]
    public string? NewPassword { get; set; }

    [BindProperty]
    public string? ConfirmPassword { get; set; }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (NewPassword != ConfirmPassword)
        {
            ModelState.AddModelError(nameof(ConfirmPassword), "两次输入的新密码不一致。");
            return Page();
        }

        (await sender.Send(new ChangeMyPassword(CurrentPassword ?? string.Empty, NewPassword ?? string.Empty), cancellationToken))
            .RefuseUnlessChanged();

        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return LocalRedirect("/account/login");
    }
}
