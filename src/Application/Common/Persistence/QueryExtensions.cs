using System.Linq.Expressions;
using DeputyPortal.Application.Common.Exceptions;
using DeputyPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace DeputyPortal.Application.Common.Persistence;

public static class QueryExtensions
{
    /// <summary>Applies an optional list filter: only when the caller gave it.</summary>
    public static IQueryable<T> WhereIf<T>(this IQueryable<T> query, bool given, Expression<Func<T, bool>> predicate) =>
        given ? query.Where(predicate) : query;

    /// <summary>Loads a record the caller may see, or answers 404 naming the resource.</summary>
    public static async Task<T> GetAsync<T>(this IQueryable<T> set, Guid id, string resource, CancellationToken ct)
        where T : Entity =>
        await set.FirstOrDefaultAsync(e => e.Id == id, ct) ?? throw new NotFoundException(resource, id);
}
