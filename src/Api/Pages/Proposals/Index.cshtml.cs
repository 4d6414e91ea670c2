using DeputyPortal.Api.Portal;
using DeputyPortal.Application.Common.Paging;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Application.Imports;
using DeputyPortal.Application.Proposals;
using DeputyPortal.Application.Proposals.Ledger;
using DeputyPortal.Application.Proposals.List;
using DeputyPortal.Domain.Proposals;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DeputyPortal.Api.Pages.Proposals;

/// <summary>建议办理: the proposals the signed-in user may see, newest first unless sorted otherwise, with their warning colours.</summary>
[PortalPage(typeof(ListProposals))]
public sealed class IndexModel(ISender sender, IRequestPermissions permissions) : PageModel
{
    public const int PageSize = 20;

    public const string DefaultSort = "-submittedOn";

    /// <summary>The orders offered above the list, by the list's sort keys; names and numbers read from A, dates from the latest.</summary>
    public static readonly (string Key, string Label, string First)[] SortLinks =
    [
        ("submittedOn", "提交日期", "desc"), ("dueOn", "办理期限", "asc"), ("number", "编号", "asc"), ("status", "办理状态", "asc"), ("title", "标题", "asc"),
    ];

    [BindProperty(SupportsGet = true)]
    public ProposalStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public WarningColor? Color { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    /// <summary>逾期: awaiting the reply past the deadline (true) or not (false).</summary>
    [BindProperty(SupportsGet = true)]
    public bool? Overdue { get; set; }

    /// <summary>延期待审批: a unit's extension request awaits the decision (true) or none does (false).</summary>
    [BindProperty(SupportsGet = true)]
    public bool? ExtensionPending { get; set; }

    /// <summary>退回待重新交办 (true), or every other proposal (false).</summary>
    [BindProperty(SupportsGet = true)]
    public bool? AwaitingReassignment { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? DueFrom { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? DueTo { get; set; }

    /// <summary>Whether a filter beyond status, colour and search is in force, so the form shows them open.</summary>
    public bool MoreFilters => Overdue is not null || ExtensionPending is not null || AwaitingReassignment is not null || DueFrom is not null || DueTo is not null;

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    [BindProperty(SupportsGet = true, Name = PortalQuery.PageKey)]
    public int PageNumber { get; set; } = 1;

    public PagedList<ProposalListItemDto> Proposals { get; private set; } = null!;

    public bool CanDownloadLedger => permissions.MaySend<GetProposalLedger>();

    /// <summary>The sort in force: one of <see cref="SortLinks"/>, either way, else the newest first.</summary>
    public string CurrentSort => Sort is { } sort && SortLinks.Any(l => l.Key == sort || "-" + l.Key == sort) ? sort : DefaultSort;

    public async Task OnGetAsync(CancellationToken ct) =>
        Proposals = await sender.Send(Query() with { Page = Math.Max(1, PageNumber), PageSize = PageSize }, ct);

    /// <summary>The handling ledger (建议办理台账) of what the filters select.</summary>
    public async Task<IActionResult> OnGetLedgerAsync(CancellationToken ct)
    {
        var file = await sender.Send(
            new GetProposalLedger(
                Status: Status, Color: ColorName, Overdue: Overdue, DueFrom: DueFrom, DueTo: DueTo, Search: Search,
                ExtensionPending: ExtensionPending, AwaitingReassignment: AwaitingReassignment),
            ct);
        return File(file.Content, SpreadsheetFile.ContentType, file.FileName);
    }

    public string? ColorName => Color is { } color ? ProposalMapper.ColorName(color) : null;

    private ListProposals Query() => new(
        Status: Status, Color: ColorName, Overdue: Overdue, DueFrom: DueFrom, DueTo: DueTo,
        Search: string.IsNullOrWhiteSpace(Search) ? null : Search.Trim(), Sort: CurrentSort,
        ExtensionPending: ExtensionPending, AwaitingReassignment: AwaitingReassignment);
}
