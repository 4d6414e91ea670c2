using DeputyPortal.Api.Portal;
using DeputyPortal.Application.Common.Paging;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Application.Sessions;
using DeputyPortal.Application.Sessions.List;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DeputyPortal.Api.Pages.Sessions;

/// <summary>人代会会议: the congress sessions the user may read, newest first, each linking to its attendance and, for the secretary, its dates.</summary>
[PortalPage(typeof(ListSessions))]
public sealed class IndexModel(ISender sender, IRequestPermissions permissions) : PageModel
{
    public const int PageSize = 20;

    /// <summary>The column headers that sort, by the list's sort keys.</summary>
    public static readonly IReadOnlyDictionary<string, string> SortableColumns = new Dictionary<string, string>
    {
        ["number"] = "会议",
        ["openedOn"] = "开幕日期",
    };

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    [BindProperty(SupportsGet = true, Name = PortalQuery.PageKey)]
    public int PageNumber { get; set; } = 1;

    public PagedList<SessionDto> Sessions { get; private set; } = null!;

    public bool CanPlan => permissions.MayUse<NewModel>();

    public bool CanRecordDates => permissions.MayUse<DatesModel>();

    public string CurrentSort => Sort is "number" or "-number" or "openedOn" or "-openedOn" ? Sort : "-openedOn";

    public async Task OnGetAsync(CancellationToken ct) =>
        Sessions = await sender.Send(new ListSessions(Page: Math.Max(1, PageNumber), PageSize: PageSize, Sort: CurrentSort), ct);
}
