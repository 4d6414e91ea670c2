using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace DeputyPortal.Application.Common.Paging;

public static class Paging
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    /// <summary>The last page a list serves: far past any township's records, and low enough that the offset never overflows.</summary>
    public const int MaxPage = 100_000;

    /// <summary>Counts, sorts (with the id as tiebreaker, so pages are stable) and fetches one page, in two SQL statements.</summary>
    public static async Task<PagedList<T>> ToPageAsync<T>(this IQueryable<T> query, IPagedQuery paging, CancellationToken ct)
    {
        var total = await query.CountAsync(ct);
        var items = await query.Skip((paging.Page - 1) * paging.PageSize).Take(paging.PageSize).ToListAsync(ct);
        return new PagedList<T>(items, paging.Page, paging.PageSize, total);
    }
}

public static class SortMap
{
    /// <summary>"-name" → "name": one leading "-" asks for descending order; "--name" names no key.</summary>
    public static string KeyOf(string sort) => sort.StartsWith('-') ? sort[1..] : sort;
}

/// <summary>The sort keys a list accepts, each mapped to the property it orders by.</summary>
public sealed class SortMap<T>
{
    private readonly Dictionary<string, LambdaExpression> _keys = new(StringComparer.OrdinalIgnoreCase);
    private readonly Expression<Func<T, Guid>> _tiebreaker;

    public SortMap(Expression<Func<T, Guid>> tiebreaker) => _tiebreaker = tiebreaker;

    public IEnumerable<string> Keys => _keys.Keys;

    public SortMap<T> Add<TKey>(string key, Expression<Func<T, TKey>> selector)
    {
        _keys[key] = selector;
        return this;
    }

    public IQueryable<T> Apply(IQueryable<T> query, string? sort, string defaultKey)
    {
        var requested = string.IsNullOrWhiteSpace(sort) ? defaultKey : sort;
        var descending = requested.StartsWith('-');
        var selector = _keys[SortMap.KeyOf(requested)];
        var ordered = (IOrderedQueryable<T>)query.Provider.CreateQuery<T>(Expression.Call(
            typeof(Queryable),
            descending ? nameof(Queryable.OrderByDescending) : nameof(Queryable.OrderBy),
            [typeof(T), selector.ReturnType],
            query.Expression,
            Expression.Quote(selector)));
        // The tiebreaker runs in the sort's direction, so one (key, id) index serves the list both ways.
        return descending ? ordered.ThenByDescending(_tiebreaker) : ordered.ThenBy(_tiebreaker);
    }
}
