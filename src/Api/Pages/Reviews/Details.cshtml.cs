using DeputyPortal.Api.Portal;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Application.Reviews;
using DeputyPortal.Application.Reviews.Get;
using DeputyPortal.Application.Reviews.Revise;
using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DeputyPortal.Api.Pages.Reviews;

/// <summary>
/// One review, read-only, as <see cref="GetReview"/> scopes it (another deputy's is not found); the secretary's
/// 修改 link leads to the revise page.
/// </summary>
[PortalPage(typeof(GetReview))]
public sealed class DetailsModel(ISender sender, IRequestPermissions permissions) : PageModel
{
    public ReviewDto Review { get; private set; } = null!;

    public bool CanRevise => permissions.MaySend<ReviseReview>();

    public async Task OnGetAsync(Guid id, CancellationToken ct) => Review = await sender.Send(new GetReview(id), ct);
}
