using Microsoft.AspNetCore.Http.Extensions;

namespace DeputyPortal.Api.Portal;

/// <summary>
/// Links to the same list with one thing changed (the page, the sort), keeping every other filter of the current URL,
/// so a list's filters, sort and page always live in its query string.
/// </summary>
public static class PortalQuery
{
    public const string PageKey = "p";
    public const string SortKey = "sort";

    /// <summary>What a redirect announces once ("已登记…") and the file handlers: never carried to another page or order.</summary>
    private static readonly string[] OneShot = ["recorded", "logged", "saved", "revoked", "handler"];

    public static string With(HttpRequest request, params (string Key, string? Value)[] changes)
    {
        var query = new QueryBuilder();
        var changed = changes.Select(c => c.Key).Concat(OneShot).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, values) in request.Query.Where(q => !changed.Contains(q.Key)))
        {
            foreach (var value in values.Where(v => !string.IsNullOrEmpty(v)))
            {
                query.Add(key, value!);
            }
        }

        foreach (var (key, value) in changes.Where(c => !string.IsNullOrEmpty(c.Value)))
        {
            query.Add(key, value!);
        }

        return request.PathBase + request.Path + query.ToQueryString();
    }

    /// <summary>Another page of the list.</summary>
    public static string Page(HttpRequest request, int page) =>
        With(request, (PageKey, page == 1 ? null : page.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>The first page of the list in another order.</summary>
    public static string Sorted(HttpRequest request, string sort) => With(request, (SortKey, sort), (PageKey, null));
}
