using DeputyPortal.Application.Common.Exceptions;
using DeputyPortal.Application.Common.Paging;
using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Domain.Constituents;
using FluentValidation;
using Mediator;

namespace DeputyPortal.Application.Constituents.List;

/// <summary>
/// The constituents assigned to one deputy. The deputy must be visible to the caller; a deputy asking about another
/// deputy is answered 404 like any record out of scope, not with an empty list that would confirm the deputy exists.
/// </summary>
[Authorize]
public sealed record ListDeputyConstituents(
    Guid DeputyId,
    string? Village = null,
    ConstituentKind? Kind = null,
    bool? IsActive = null,
    string? Search = null,
    int Page = 1,
    int PageSize = Paging.DefaultPageSize,
    string? Sort = null) : IQuery<PagedList<ConstituentDto>>, IConstituentFilter;

public sealed class ListDeputyConstituentsValidator : AbstractValidator<ListDeputyConstituents>
{
    public ListDeputyConstituentsValidator() => Include(new ConstituentFilterValidator());
}

public sealed class ListDeputyConstituentsHandler(IAppDbContext db, ICurrentUser user)
    : IQueryHandler<ListDeputyConstituents, PagedList<ConstituentDto>>
{
    public async ValueTask<PagedList<ConstituentDto>> Handle(ListDeputyConstituents query, CancellationToken cancellationToken)
    {
        var deputy = await db.Deputies.GetAsync(query.DeputyId, "代表", cancellationToken);
        if (user.SeesOnlyOwnConstituents() && user.DeputyId != deputy.Id)
        {
            throw new NotFoundException("代表", query.DeputyId);
        }

        var constituents = db.Constituents.Where(c => c.DeputyId == deputy.Id);
        return await ConstituentFilter.Apply(constituents, query).ToPageAsync(query, cancellationToken);
    }
}
