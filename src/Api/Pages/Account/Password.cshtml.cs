using DeputyPortal.Api.Portal;
using DeputyPortal.Application.Me;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DeputyPortal.Api.Pages.Account;

/// <summary>
/// 修改密码: the signed-in user's own password change, the same request as POST /api/v1/me/password. It ends every
/// session of the account, this one too, so the user signs in again with the new password.
/// </summary>
[PortalPage(typeof(ChangeMyPassword))]
public sealed class PasswordModel(ISender sender) : PageModel
{
    [BindProperty]
    public string? CurrentPassword { get; set; }

    [BindProperty]
    public string? NewPassword { get; set; }

    [BindProperty]
    public string? ConfirmPassword { get; set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (NewPassword != ConfirmPassword)
        {
            Errors = ["两次输入的新密码不一致。"];
            return Page();
        }

        try
        {
            (await sender.Send(new ChangeMyPassword(CurrentPassword ?? string.Empty, NewPassword ?? string.Empty), cancellationToken))
                .RefuseUnlessChanged();
        }
        catch (ValidationException validation)
        {
            Errors = validation.Errors.Select(e => e.ErrorMessage).Distinct().ToList();
            return Page();
        }

        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return LocalRedirect("/account/login");
    }
}
