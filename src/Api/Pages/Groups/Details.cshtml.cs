using DeputyPortal.Api.Portal;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Application.Groups;
using DeputyPortal.Application.Groups.Get;
using DeputyPortal.Application.Groups.Reorganize;
using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DeputyPortal.Api.Pages.Groups;

/// <summary>One representative group as <see cref="GetRepresentativeGroup"/> scopes it; the secretary's 调整 leads to the reorganize form.</summary>
[PortalPage(typeof(GetRepresentativeGroup))]
public sealed class DetailsModel(ISender sender, IRequestPermissions permissions) : PageModel
{
    public RepresentativeGroupDto Group { get; private set; } = null!;

    public GroupChoices Names { get; private set; } = GroupChoices.None;

    public bool CanReorganize => permissions.MaySend<ReorganizeRepresentativeGroup>();

    public async Task OnGetAsync(Guid id, CancellationToken ct)
    {
        Group = await sender.Send(new GetRepresentativeGroup(id), ct);
        Names = await GroupChoices.LoadAsync(sender, Group.TermId, ct);
    }
}
