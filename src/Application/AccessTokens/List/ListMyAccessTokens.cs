using DeputyPortal.Application.Common;
using DeputyPortal.Application.Common.Paging;
using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Domain.AccessTokens;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DeputyPortal.Application.AccessTokens.List;

/// <summary>
/// The caller's own tokens, revoked and expired ones included, newest first. Any signed-in user may list (and revoke)
/// theirs: one whose role no longer reads the feed can still see and end the tokens made before.
/// </summary>
[Authorize]
public sealed record ListMyAccessTokens(int Page = 1, int PageSize = Paging.DefaultPageSize, string? Sort = null)
    : IQuery<PagedList<AccessTokenDto>>, IPagedQuery;

public sealed class ListMyAccessTokensValidator : AbstractValidator<ListMyAccessTokens>
{
    public ListMyAccessTokensValidator() => Include(new PagedQueryValidator(AccessTokenSort.Keys.Keys));
}

public static class AccessTokenSort
{
    public const string Default = "-createdAt";

    internal static readonly SortMap<PersonalAccessToken> Keys = new SortMap<PersonalAccessToken>(t => t.Id)
        .Add("createdAt", t => t.CreatedAt)
        .Add("expiresOn", t => t.ExpiresOn)
        .Add("lastUsedAt", t => t.LastUsedAt)
        .Add("name", t => t.Name);
}

public sealed class ListMyAccessTokensHandler(IAppDbContext db, TimeProvider clock) : IQueryHandler<ListMyAccessTokens, PagedList<AccessTokenDto>>
{
    public async ValueTask<PagedList<AccessTokenDto>> Handle(ListMyAccessTokens query, CancellationToken cancellationToken)
    {
        // The query filter keeps the caller's own rows only.
        var page = await AccessTokenSort.Keys.Apply(db.AccessTokens.AsNoTracking(), query.Sort, AccessTokenSort.Default)
            .ToPageAsync(query, cancellationToken);
        var today = clock.TodayInChina();
        return page.Map(t => new AccessTokenDto(t.Id, t.Name, t.CreatedAt, t.ExpiresOn, t.LastUsedAt, t.RevokedAt, FeedAccess.StatusOf(t, today)));
    }
}
