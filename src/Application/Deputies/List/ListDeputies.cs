using DeputyPortal.Application.Common.Paging;
using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Domain.Deputies;
using FluentValidation;
using Mediator;

namespace DeputyPortal.Application.Deputies.List;

/// <summary>The deputy roster (代表名册), filtered as a secretary's ledger is; phones masked per reader.</summary>
[Authorize]
public sealed record ListDeputies(
    Guid? TownshipId = null,
    Guid? TermId = null,
    Guid? DistrictId = null,
    DeputyStatus? Status = null,
    PartyAffiliation? Party = null,
    Gender? Gender = null,
    OccupationCategory? Occupation = null,
    bool? IsCountyDeputy = null,
    string? Search = null,
    int Page = 1,
    int PageSize = Paging.DefaultPageSize,
    string? Sort = null) : IQuery<PagedList<DeputyDto>>, IPagedQuery
{
    internal static readonly SortMap<Deputy> SortKeys = new SortMap<Deputy>(d => d.Id)
        .Add("name", d => d.Name)
        .Add("birthDate", d => d.BirthDate);
}

public sealed class ListDeputiesValidator : AbstractValidator<ListDeputies>
{
    public ListDeputiesValidator()
    {
        Include(new PagedQueryValidator(ListDeputies.SortKeys.Keys));
        RuleFor(q => q.Search).MaximumLength(Deputy.NameMaxLength).WithName("搜索词");
    }
}

public sealed class ListDeputiesHandler(IAppDbContext db) : IQueryHandler<ListDeputies, PagedList<DeputyDto>>
{
    public async ValueTask<PagedList<DeputyDto>> Handle(ListDeputies query, CancellationToken cancellationToken)
    {
        var deputies = db.Deputies.AsQueryable();
        deputies = deputies.WhereIf(query.TownshipId is not null, d => d.TownshipId == query.TownshipId);
        deputies = deputies.WhereIf(query.TermId is not null, d => d.TermId == query.TermId);
        deputies = deputies.WhereIf(query.DistrictId is not null, d => d.DistrictId == query.DistrictId);
        deputies = deputies.WhereIf(query.Status is not null, d => d.Status == query.Status);
        deputies = deputies.WhereIf(query.Party is not null, d => d.Party == query.Party);
        deputies = deputies.WhereIf(query.Gender is not null, d => d.Gender == query.Gender);
        deputies = deputies.WhereIf(query.Occupation is not null, d => d.Occupation == query.Occupation);
        deputies = deputies.WhereIf(query.IsCountyDeputy is not null, d => d.IsCountyDeputy == query.IsCountyDeputy);

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var search = query.Search.Trim();
            deputies = deputies.Where(d => d.Name.Contains(search));
        }

        return await ListDeputies.SortKeys.Apply(deputies, query.Sort, "name")
            .ProjectToDto()
            .ToPageAsync(query, cancellationToken);
    }
}
