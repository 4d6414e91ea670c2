using DeputyPortal.Api.Portal;
using DeputyPortal.Application.Activities;
using DeputyPortal.Application.Activities.Ledger;
using DeputyPortal.Application.Activities.List;
using DeputyPortal.Application.Common.Paging;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Application.Imports;
using DeputyPortal.Domain.Activities;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DeputyPortal.Api.Pages.Activities;

/// <summary>
/// 代表活动: the activities the signed-in user may read (<see cref="ListActivities"/> scopes them: a deputy sees those
/// they took part in, a unit those that looked at it), newest first, with open and overdue rectification items (the
/// 工作台 links here with <c>hasOverdueRectification=true</c>) and the ledger of what the filters select.
/// </summary>
[PortalPage(typeof(ListActivities))]
public sealed class IndexModel(ISender sender, IRequestPermissions permissions) : PortalListPageModel
{
    [BindProperty(SupportsGet = true)]
    public ActivityKind? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool? Supervision { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool? HasOpenRectification { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool? HasOverdueRectification { get; set; }

    public PagedList<ActivityDto> Activities { get; private set; } = null!;

    public bool CanRecord => permissions.MayUse<NewModel>();

    public bool CanDownloadLedger => permissions.MaySend<GetActivityLedger>();

    protected override string DefaultSort => ActivitySort.Default;

    public async Task OnGetAsync(CancellationToken ct) =>
        Activities = await sender.Send(
            new ListActivities(
                Kind: Kind, Supervision: Supervision, From: From, To: To, HasOpenRectification: HasOpenRectification,
                Page: RequestedPage, PageSize: PageSize, Sort: CurrentSort, HasOverdueRectification: HasOverdueRectification),
            ct);

    /// <summary>The activity ledger (活动台账) of what the filters select.</summary>
    public async Task<IActionResult> OnGetLedgerAsync(CancellationToken ct)
    {
        var file = await sender.Send(
            new GetActivityLedger(
                Kind: Kind, Supervision: Supervision, From: From, To: To, HasOpenRectification: HasOpenRectification,
                Sort: CurrentSort, HasOverdueRectification: HasOverdueRectification),
            ct);
        return File(file.Content, SpreadsheetFile.ContentType, file.FileName);
    }
}
