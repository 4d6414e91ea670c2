using DeputyPortal.Api.Security;
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

/// <summary>建议办理: the proposals the signed-in user may see, newest first, with their warning colours.</summary>
public sealed class IndexModel(ISender sender) : PageModel
{
    public const int PageSize = 20;

    private static readonly string[] LedgerRoles = [Roles.TownshipSecretary, Roles.PresidiumMember, Roles.CountyStaff];

    [BindProperty(SupportsGet = true)]
    public ProposalStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public WarningColor? Color { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public PagedList<ProposalListItemDto> Proposals { get; private set; } = null!;

    public bool CanDownloadLedger => LedgerRoles.Contains(User.FindFirst(PortalClaims.Role)?.Value);

    public int PageCount => Math.Max(1, (int)Math.Ceiling(Proposals.TotalCount / (double)PageSize));

    public async Task OnGetAsync(CancellationToken ct) =>
        Proposals = await sender.Send(Query() with { Page = Math.Max(1, PageNumber), PageSize = PageSize }, ct);

    /// <summary>The handling ledger (建议办理台账) of what the filters select.</summary>
    public async Task<IActionResult> OnGetLedgerAsync(CancellationToken ct)
    {
        var file = await sender.Send(new GetProposalLedger(Status: Status, Color: ColorName, Search: Search), ct);
        return File(file.Content, SpreadsheetFile.ContentType, file.FileName);
    }

    public string? ColorName => Color is { } color ? ProposalMapper.ColorName(color) : null;

    /// <summary>The query string of this list at another page, keeping the filters.</summary>
    public Dictionary<string, string?> RouteFor(int page) => new()
    {
        ["status"] = Status?.ToString(),
        ["color"] = Color?.ToString(),
        ["search"] = Search,
        ["p"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private ListProposals Query() => new(Status: Status, Color: ColorName, Search: string.IsNullOrWhiteSpace(Search) ? null : Search.Trim(), Sort: "-submittedOn");
}
