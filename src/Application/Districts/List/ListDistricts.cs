using DeputyPortal.Application.Common.Paging;
using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Domain.Districts;
using FluentValidation;
using Mediator;

namespace DeputyPortal.Application.Districts.List;

[Authorize]
public sealed record ListDistricts(
    Guid? TownshipId = null,
    Guid? TermId = null,
    string? Search = null,
    int Page = 1,
    int PageSize = Paging.DefaultPageSize,
    string? Sort = null) : IQuery<PagedList<DistrictDto>>, IPagedQuery
{
    internal static readonly SortMap<ElectoralDistrict> SortKeys = new SortMap<ElectoralDistrict>(d => d.Id)
        .Add("name", d => d.Name)
        .Add("voterCount", d => d.VoterCount)
        .Add("seats", d => d.Seats);
}

public sealed class ListDistrictsValidator : AbstractValidator<ListDistricts>
{
    public ListDistrictsValidator()
    {
        Include(new PagedQueryValidator(ListDistricts.SortKeys.Keys));
        RuleFor(q => q.Search).MaximumLength(50).WithErrorCode("MaxLength").WithName("搜索词");
    }
}

public sealed class ListDistrictsHandler(IAppDbContext db) : IQueryHandler<ListDistricts, PagedList<DistrictDto>>
{
    public async ValueTask<PagedList<DistrictDto>> Handle(ListDistricts query, CancellationToken cancellationToken)
    {
        var districts = db.ElectoralDistricts.AsQueryable();
        districts = districts.WhereIf(query.TownshipId is not null, d => d.TownshipId == query.TownshipId);
        districts = districts.WhereIf(query.TermId is not null, d => d.TermId == query.TermId);

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var search = query.Search.Trim();
            districts = districts.Where(d => d.Name.Contains(search));
        }

        return await ListDistricts.SortKeys.Apply(districts, query.Sort, "name")
            .ProjectToDto()
            .ToPageAsync(query, cancellationToken);
    }
}
