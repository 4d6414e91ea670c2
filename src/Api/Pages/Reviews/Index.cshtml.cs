using DeputyPortal.Api.Portal;
using DeputyPortal.Application.Common.Paging;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Application.Reviews;
using DeputyPortal.Application.Reviews.List;
using DeputyPortal.Application.Reviews.Record;
using DeputyPortal.Domain.Reviews;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DeputyPortal.Api.Pages.Reviews;

/// <summary>
/// 述职评议: the reviews the signed-in user may read, as <see cref="ListReviews"/> scopes them (a deputy: their own;
/// a secretary or presidium member: the township's; county staff: all), sortable by the list's keys, filters in the URL.
/// </summary>
[PortalPage(typeof(ListReviews))]
public sealed class IndexModel(ISender sender, IRequestPermissions permissions) : PortalListPageModel
{
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

    /// <summary>The review just recorded, announced once after the form redirects here.</summary>
    [BindProperty(SupportsGet = true)]
    public Guid? Recorded { get; set; }

    public PagedList<ReviewDto> Reviews { get; private set; } = null!;

    public bool CanRecord => permissions.MayUse<NewModel>();

    protected override string DefaultSort => ReviewSort.Default;

    public async Task OnGetAsync(CancellationToken ct) =>
        Reviews = await sender.Send(
            new ListReviews(Year: Year, Form: Form, Outcome: Outcome, Page: RequestedPage, PageSize: PageSize, Sort: CurrentSort),
            ct);
}
