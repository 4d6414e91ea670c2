using DeputyPortal.Application.Common.Paging;
using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Domain.HandlingUnits;
using FluentValidation;
using Mediator;

namespace DeputyPortal.Application.HandlingUnits.List;

[Authorize]
public sealed record ListHandlingUnits(
    Guid? TownshipId = null,
    HandlingUnitKind? Kind = null,
    bool? IsActive = null,
    string? Search = null,
    int Page = 1,
    int PageSize = Paging.DefaultPageSize,
    string? Sort = null) : IQuery<PagedList<HandlingUnitDto>>, IPagedQuery
{
    internal static readonly SortMap<HandlingUnit> SortKeys = new SortMap<HandlingUnit>(u => u.Id)
        .Add("name", u => u.Name)
        .Add("kind", u => u.Kind);
}

public sealed class ListHandlingUnitsValidator : AbstractValidator<ListHandlingUnits>
{
    public ListHandlingUnitsValidator()
    {
        Include(new PagedQueryValidator(ListHandlingUnits.SortKeys.Keys));
        RuleFor(q => q.Search).MaximumLength(50).WithName("搜索词");
    }
}

public sealed class ListHandlingUnitsHandler(IAppDbContext db) : IQueryHandler<ListHandlingUnits, PagedList<HandlingUnitDto>>
{
    public async ValueTask<PagedList<HandlingUnitDto>> Handle(ListHandlingUnits query, CancellationToken cancellationToken)
    {
        var units = db.HandlingUnits.AsQueryable();
        units = units.WhereIf(query.TownshipId is not null, u => u.TownshipId == query.TownshipId);
        units = units.WhereIf(query.Kind is not null, u => u.Kind == query.Kind);
        units = units.WhereIf(query.IsActive is not null, u => u.IsActive == query.IsActive);

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            units = units.Where(u => u.Name.Contains(query.Search));
        }

        return await ListHandlingUnits.SortKeys.Apply(units, query.Sort, "name")
            .ProjectToDto()
            .ToPageAsync(query, cancellationToken);
    }
}
