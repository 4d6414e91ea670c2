using DeputyPortal.Api.Portal;
using DeputyPortal.Application.Common.Paging;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Application.Meetings;
using DeputyPortal.Application.Meetings.List;
using DeputyPortal.Domain.Meetings;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DeputyPortal.Api.Pages.Meetings;

/// <summary>
/// 主席团会议: the meetings the signed-in user may read (<see cref="ListPresidiumMeetings"/> scopes them), newest first,
/// with whether each had a quorum and whether a decision's follow-up is overdue (the 工作台 links here with
/// <c>hasOverdueFollowUp=true</c>). Filters and sort are kept in the URL.
/// </summary>
[PortalPage(typeof(ListPresidiumMeetings))]
public sealed class IndexModel(ISender sender, IRequestPermissions permissions) : PortalListPageModel
{
    [BindProperty(SupportsGet = true)]
    public PresidiumMeetingKind? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool? HasQuorum { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool? HasOverdueFollowUp { get; set; }

    public PagedList<PresidiumMeetingDto> Meetings { get; private set; } = null!;

    public bool CanRecord => permissions.MayUse<NewModel>();

    protected override string DefaultSort => "-heldAt";

    public async Task OnGetAsync(CancellationToken ct) =>
        Meetings = await sender.Send(
            new ListPresidiumMeetings(
                Kind: Kind, From: From, To: To, HasQuorum: HasQuorum, HasOverdueFollowUp: HasOverdueFollowUp,
                Page: RequestedPage, PageSize: PageSize, Sort: CurrentSort),
            ct);
}
