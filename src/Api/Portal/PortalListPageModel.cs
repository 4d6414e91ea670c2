using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DeputyPortal.Api.Portal;

/// <summary>
/// A list page: the page number and the sort come from the URL (<c>?page=</c>, <c>?sort=</c>), so a filtered, sorted
/// page can be bookmarked and sent on; the list's own default sort applies when the URL names none, and the request
/// validates the key.
/// </summary>
public abstract class PortalListPageModel : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    [BindProperty(SupportsGet = true, Name = PortalQuery.PageKey)]
    public int PageNumber { get; set; } = 1;

    /// <summary>The sort in force, as the list reads it.</summary>
    public string CurrentSort => string.IsNullOrWhiteSpace(Sort) ? DefaultSort : Sort;

    /// <summary>The page asked for, the first when the URL names none or a nonsense one.</summary>
    protected int RequestedPage => Math.Max(1, PageNumber);

    protected abstract string DefaultSort { get; }
}
