using DeputyPortal.Application.Common.Paging;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Constituents;
using DeputyPortal.Application.Constituents.List;
using DeputyPortal.Domain.Constituents;
using FluentValidation;
using Mediator;

namespace DeputyPortal.Application.Me;

/// <summary>The signed-in deputy's own constituents (固定联系的选民), in full: they are the deputy's to contact.</summary>
[Authorize(Roles.Deputy)]
public sealed record ListMyConstituents(
    string? Village = null,
    ConstituentKind? Kind = null,
    bool? IsActive = null,
    string? Search = null,
    int Page = 1,
    int PageSize = Paging.DefaultPageSize,
    string? Sort = null) : IQuery<PagedList<ConstituentDto>>, IConstituentFilter;

public sealed class ListMyConstituentsValidator : AbstractValidator<ListMyConstituents>
{
    public ListMyConstituentsValidator() => Include(new ConstituentFilterValidator());
}

public sealed class ListMyConstituentsHandler(IAppDbContext db, ICurrentUser user) : IQueryHandler<ListMyConstituents, PagedList<ConstituentDto>>
{
    public async ValueTask<PagedList<ConstituentDto>> Handle(ListMyConstituents query, CancellationToken cancellationToken)
    {
        var deputyId = user.DeputyId;
        var constituents = db.Constituents.Where(c => deputyId != null && c.DeputyId == deputyId);
        return await ConstituentFilter.Apply(constituents, query).ToPageAsync(query, cancellationToken);
    }
}
