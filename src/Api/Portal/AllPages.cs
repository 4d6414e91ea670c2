using DeputyPortal.Application.Common.Paging;

namespace DeputyPortal.Api.Portal;

/// <summary>Every row of a paged list, read a full page at a time: for choices that must offer all of them.</summary>
public static class AllPages
{
    public static async Task<IReadOnlyList<T>> ReadAsync<T>(Func<int, Task<PagedList<T>>> page)
    {
        var rows = new List<T>();
        for (var number = 1; ; number++)
        {
            var next = await page(number);
            rows.AddRange(next.Items);
            if (next.Items.Count == 0 || rows.Count >= next.TotalCount)
            {
                return rows;
            }
        }
    }
}
