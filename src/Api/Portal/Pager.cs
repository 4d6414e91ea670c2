using DeputyPortal.Application.Common.Paging;

namespace DeputyPortal.Api.Portal;

/// <summary>What the shared pager (Pages/Shared/_Pager.cshtml) shows: this page of how many, its links keeping the URL's filters and sort.</summary>
public sealed record Pager(int Page, int PageCount, int TotalCount)
{
    public static Pager Of<T>(PagedList<T> list) =>
        new(list.Page, Math.Max(1, (int)Math.Ceiling(list.TotalCount / (double)Math.Max(1, list.PageSize))), list.TotalCount);
}
