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

/// <summary>
/// 建议办理: the proposals the signed-in user may see, with their warning colours and, on every row with a deadline, the
/// days left or overdue. A unit clerk's list runs by deadline and marks what waits on their unit; every list marks
/// what waits on the township office and the key proposals (重点督办).
/// </summary>
[PortalPage(typeof(ListProposals))]
public sealed class IndexModel(ISender sender, IRequestPermissions permissions, ICurrentUser user) : PageModel
{
    public const int PageSize = 20;

    /// <summary>Newest first; a handling unit works to deadlines, so its clerk's list runs by the nearest deadline.</summary>
    public string DefaultSort => user.Role == Roles.HandlingUnitOfficer ? "dueOn" : "-submittedOn";

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

    private bool DecidesExtensions => _decidesExtensions ??= permissions.MaySend<DeputyPortal.Application.Proposals.Extension.DecideProposalExtension>();

    private bool? _decidesExtensions;

    /// <summary>What on this row waits on the signed-in user: 待答复, 待协办意见, 延期待审批.</summary>
    public IEnumerable<string> WaitsOnMe(ProposalListItemDto p)
    {
        if (!ProposalWarning.AwaitsReply(p.Status))
        {
            yield break;
        }

        if (user.HandlingUnitId is { } unit && p.LeadUnitId == unit)
        {
            yield return "待答复";
        }

        if (user.HandlingUnitId is { } coUnit && p.CoUnitsAwaitingInput.Contains(coUnit))
        {
            yield return "待协办意见";
        }

        if (p.ExtensionPending && (DecidesExtensions || (user.HandlingUnitId is { } lead && p.LeadUnitId == lead)))
        {
            yield return "延期待审批";
        }
    }

    /// <summary>The deadline as a row reads it: 逾期N天, 今日到期 or 剩余N天; null when no reply is awaited.</summary>
    public static string? DeadlineText(ProposalListItemDto p) => p.DaysLeft switch
    {
        null => null,
        < 0 => $"逾期{p.DaysOverdue}天",
        0 => "今日到期",
        var days => $"剩余{days}天",
    };

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
