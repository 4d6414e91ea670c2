using DeputyPortal.Api.OData;
using DeputyPortal.Api.Portal;
using DeputyPortal.Application.AccessTokens;
using DeputyPortal.Application.AccessTokens.Create;
using DeputyPortal.Application.AccessTokens.List;
using DeputyPortal.Application.AccessTokens.Revoke;
using DeputyPortal.Application.Common;
using DeputyPortal.Application.Common.Paging;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DeputyPortal.Api.Pages.Feed;

/// <summary>
/// 数据接口: the signed-in user's personal access tokens for the OData feed, the same requests as
/// /api/v1/me/access-tokens, with the steps to connect Excel and Power BI. A new token is shown on the answer to the
/// create (never put in a redirect, TempData or the URL of this page), and that answer is not cached. It is for those
/// who may make a token for the feed.
/// </summary>
[PortalPage(typeof(ListMyAccessTokens), typeof(CreateAccessToken))]
public sealed class IndexModel(ISender sender, TimeProvider clock) : PortalPageModel
{
    public const int DefaultLifetimeDays = 90;

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public DateOnly? ExpiresOn { get; set; }

    [BindProperty(SupportsGet = true, Name = PortalQuery.PageKey)]
    public int PageNumber { get; set; } = 1;

    [BindProperty(SupportsGet = true)]
    public bool Revoked { get; set; }

    public PagedList<AccessTokenDto> Tokens { get; private set; } = new([], 1, Paging.DefaultPageSize, 0);

    /// <summary>The token just made, shown this once.</summary>
    public IssuedAccessTokenDto? Issued { get; private set; }

    public string ServiceRoot => FeedAddress.Root(Request);

    public DateOnly Today => clock.TodayInChina();

    public async Task OnGetAsync(CancellationToken ct)
    {
        ExpiresOn = Today.AddDays(DefaultLifetimeDays);
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        var issued = await sender.Send(new CreateAccessToken(Name ?? string.Empty, ExpiresOn ?? default), ct);
        Issued = issued with { FeedUrl = FeedAddress.For(Request, issued.Token!) };
        Response.Headers.CacheControl = "no-store";
        Name = null;
        ExpiresOn = Today.AddDays(DefaultLifetimeDays);
        await LoadAsync(ct);
        return Page();
    }

    public override Task ReloadAfterErrorsAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task<IActionResult> OnPostRevokeAsync(Guid id, CancellationToken ct)
    {
        await sender.Send(new RevokeAccessToken(id), ct);
        return RedirectToPage("/Feed/Index", new { revoked = true });
    }

    public static string StatusLabel(AccessTokenStatus status) => status switch
    {
        AccessTokenStatus.Active => "有效",
        AccessTokenStatus.Expired => "已过期",
        _ => "已撤销",
    };

    private async Task LoadAsync(CancellationToken ct) =>
        Tokens = await sender.Send(new ListMyAccessTokens(Page: Math.Clamp(PageNumber, 1, Paging.MaxPage)), ct);
}
