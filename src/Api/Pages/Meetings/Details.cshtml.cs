using DeputyPortal.Api.Portal;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Application.Meetings;
using DeputyPortal.Application.Meetings.Get;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DeputyPortal.Api.Pages.Meetings;

/// <summary>One presidium meeting as recorded: attendance, quorum, decisions with their votes and follow-ups.</summary>
[PortalPage(typeof(GetPresidiumMeeting))]
public sealed class DetailsModel(ISender sender, IRequestPermissions permissions) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public PresidiumMeetingDto Meeting { get; private set; } = null!;

    public bool CanRevise => permissions.MayUse<EditModel>();

    public async Task OnGetAsync(CancellationToken ct) => Meeting = await sender.Send(new GetPresidiumMeeting(Id), ct);
}
