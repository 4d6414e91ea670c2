using DeputyPortal.Api.Portal;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DeputyPortal.Api.Pages;

/// <summary>
/// The portal's error page (403, 404, 500 …) in Chinese, shown by the status-code pages at the address the user
/// opened. It says what the user can do and nothing of what failed.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public int Status { get; private set; }

    public PortalErrorPages.ErrorText Text { get; private set; } = null!;

    public void OnGet(int code) => Show(code);

    /// <summary>A refused form post is re-executed here as a post.</summary>
    public void OnPost(int code) => Show(code);

    private void Show(int code)
    {
        Status = code is >= 400 and <= 599 ? code : StatusCodes.Status404NotFound;
        Text = PortalErrorPages.For(Status);
        Response.StatusCode = Status;
        Response.Headers.CacheControl = "no-store";
    }
}
