using DeputyPortal.Api.Security;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Application.Reviews;
using DeputyPortal.Application.Reviews.Get;
using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DeputyPortal.Api.Pages.Reviews;

/// <summary>
/// One review, read-only, as <see cref="GetReview"/> scopes it (another deputy's is not found); the secretary's
/// 修改 link leads to the revise page.
/// </summary>
public sealed class DetailsModel(ISender sender) : PageModel
{
    public ReviewDto Review { get; private set; } = null!;

    public bool CanRevise => User.FindFirst(PortalClaims.Role)?.Value == Roles.TownshipSecretary;

    public async Task OnGetAsync(Guid id, CancellationToken ct) => Review = await sender.Send(new GetReview(id), ct);
}
