using System.Globalization;
using DeputyPortal.Api.Security;
using DeputyPortal.Application.Common.Paging;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Application.Sessions;
using DeputyPortal.Application.Sessions.List;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DeputyPortal.Api.Pages.Sessions;

/// <summary>人代会会议: the congress sessions of the township the user oversees, newest first, each linking to its attendance.</summary>
public sealed class IndexModel(ISender sender) : PageModel
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

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public PagedList<SessionDto> Sessions { get; private set; } = null!;

    public string CurrentSort => Sort is "number" or "-number" or "openedOn" or "-openedOn" ? Sort : "-openedOn";

    public int PageCount => Math.Max(1, (int)Math.Ceiling(Sessions.TotalCount / (double)PageSize));

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!SessionPages.MayRead(User))
        {
            return Forbid();
        }

        Sessions = await sender.Send(new ListSessions(Page: Math.Max(1, PageNumber), PageSize: PageSize, Sort: CurrentSort), ct);
        return Page();
    }

    public string SortLinkFor(string key) => CurrentSort == "-" + key ? key : "-" + key;

    public string SortMarkFor(string key) => CurrentSort == key ? " ▲" : CurrentSort == "-" + key ? " ▼" : string.Empty;

    public string? AriaSortFor(string key) => CurrentSort == key ? "ascending" : CurrentSort == "-" + key ? "descending" : null;

    public Dictionary<string, string?> RouteFor(int page, string? sort = null) => new()
    {
        ["sort"] = sort ?? Sort,
        ["p"] = page.ToString(CultureInfo.InvariantCulture),
    };
}

/// <summary>Who may use the session pages: those who oversee a township read them; its secretary records attendance.</summary>
public static class SessionPages
{
    private static readonly string[] Readers = [Roles.TownshipSecretary, Roles.PresidiumMember, Roles.CountyStaff, Roles.Admin];

    public static bool MayRead(System.Security.Claims.ClaimsPrincipal user) => Readers.Contains(user.FindFirst(PortalClaims.Role)?.Value);

    public static bool MayRecord(System.Security.Claims.ClaimsPrincipal user) => user.FindFirst(PortalClaims.Role)?.Value == Roles.TownshipSecretary;
}
