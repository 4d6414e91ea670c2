using System.Globalization;
using DeputyPortal.Api.Security;
using DeputyPortal.Application.Common.Paging;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Application.Reviews;
using DeputyPortal.Application.Reviews.List;
using DeputyPortal.Domain.Reviews;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DeputyPortal.Api.Pages.Reviews;

/// <summary>
/// 述职评议: the reviews the signed-in user may read, as <see cref="ListReviews"/> scopes them (a deputy: their own;
/// a secretary or presidium member: the township's; county staff: all), sortable by the list's keys, filters in the URL.
/// </summary>
public sealed class IndexModel(ISender sender) : PageModel
{
    public const int PageSize = 20;

    /// <summary>The column headers that sort, by the list's sort keys.</summary>
    public static readonly IReadOnlyDictionary<string, string> SortableColumns = new Dictionary<string, string>
    {
        ["heldOn"] = "述职日期",
        ["votersPresent"] = "参加人数",
        ["satisfactionRate"] = "满意率",
    };

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public ReviewOutcome? Outcome { get; set; }

    [BindProperty(SupportsGet = true)]
    public ReviewForm? Form { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    /// <summary>The review just recorded, announced once after the form redirects here.</summary>
    [BindProperty(SupportsGet = true)]
    public Guid? Recorded { get; set; }

    public PagedList<ReviewDto> Reviews { get; private set; } = null!;

    public bool CanRecord => User.FindFirst(PortalClaims.Role)?.Value == Roles.TownshipSecretary;

    public int PageCount => Math.Max(1, (int)Math.Ceiling(Reviews.TotalCount / (double)PageSize));

    /// <summary>The sort in force, as the list reads it.</summary>
    public string CurrentSort => string.IsNullOrWhiteSpace(Sort) ? ReviewSort.Default : Sort;

    public async Task OnGetAsync(CancellationToken ct) =>
        Reviews = await sender.Send(
            new ListReviews(Year: Year, Form: Form, Outcome: Outcome, Page: Math.Max(1, PageNumber), PageSize: PageSize, Sort: CurrentSort),
            ct);

    /// <summary>Clicking a header sorts by it, descending first for dates and rates; clicking again reverses it.</summary>
    public string SortLinkFor(string key) => CurrentSort == "-" + key ? key : "-" + key;

    /// <summary>The first page of this list sorted by the header's key, keeping the filters.</summary>
    public Dictionary<string, string?> SortRoute(string key) => RouteFor(1, SortLinkFor(key));

    public string SortMarkFor(string key) => CurrentSort == key ? " ▲" : CurrentSort == "-" + key ? " ▼" : string.Empty;

    public string? AriaSortFor(string key) => CurrentSort == key ? "ascending" : CurrentSort == "-" + key ? "descending" : null;

    /// <summary>The query string of this list at another page or sort, keeping the filters.</summary>
    public Dictionary<string, string?> RouteFor(int page, string? sort = null) => new()
    {
        ["year"] = Year?.ToString(CultureInfo.InvariantCulture),
        ["outcome"] = Outcome?.ToString(),
        ["form"] = Form?.ToString(),
        ["sort"] = sort ?? Sort,
        ["p"] = page.ToString(CultureInfo.InvariantCulture),
    };
}
