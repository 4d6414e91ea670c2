using DeputyPortal.Api.Portal;
using DeputyPortal.Application.Activities;
using DeputyPortal.Application.Activities.Get;
using DeputyPortal.Application.Common.Security;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DeputyPortal.Api.Pages.Activities;

/// <summary>One activity as recorded: who took part, the units looked at and their votes, the rectification items.</summary>
[PortalPage(typeof(GetActivity))]
public sealed class DetailsModel(ISender sender, IRequestPermissions permissions) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public ActivityDto Activity { get; private set; } = null!;

    public bool CanRevise => permissions.MayUse<EditModel>();

    public bool CanChangeRectification => permissions.MayUse<RectificationModel>();

    public async Task OnGetAsync(CancellationToken ct) => Activity = await sender.Send(new GetActivity(Id), ct);
}
