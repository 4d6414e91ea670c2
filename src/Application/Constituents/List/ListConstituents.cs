using DeputyPortal.Application.Common.Paging;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Domain.Constituents;
using FluentValidation;
using Mediator;

namespace DeputyPortal.Application.Constituents.List;

/// <summary>Constituents the caller may see (a deputy: their own; a handling unit: none), personal data masked as the reader requires.</summary>
[Authorize]
public sealed record ListConstituents(
    Guid? TownshipId = null,
    Guid? DeputyId = null,
    string? Village = null,
    ConstituentKind? Kind = null,
    bool? IsActive = null,
    string? Search = null,
    int Page = 1,
    int PageSize = Paging.DefaultPageSize,
    string? Sort = null) : IQuery<PagedList<ConstituentDto>>, IConstituentFilter;

public sealed class ListConstituentsValidator : AbstractValidator<ListConstituents>
{
    public ListConstituentsValidator() => Include(new ConstituentFilterValidator());
}

public sealed class ListConstituentsHandler(IAppDbContext db) : IQueryHandler<ListConstituents, PagedList<ConstituentDto>>
{
    public async ValueTask<PagedList<ConstituentDto>> Handle(ListConstituents query, CancellationToken cancellationToken)
    {
        var constituents = db.Constituents.AsQueryable();
        constituents = constituents.WhereIf(query.TownshipId is not null, c => c.TownshipId == query.TownshipId);
        constituents = constituents.WhereIf(query.DeputyId is not null, c => c.DeputyId == query.DeputyId);

        return await ConstituentFilter.Apply(constituents, query).ToPageAsync(query, cancellationToken);
    }
}
