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

public sealed class ListDeputiesHandler(IAppDbContext db, ICurrentUser user) : IQueryHandler<ListDeputies, PagedList<DeputyDto>>
{
    public async ValueTask<PagedList<DeputyDto>> Handle(ListDeputies query, CancellationToken cancellationToken)
    {
        var deputies = db.Deputies.AsQueryable();
        if (query.TownshipId is { } townshipId)
        {
            deputies = deputies.Where(d => d.TownshipId == townshipId);
        }

        if (query.TermId is { } termId)
        {
            deputies = deputies.Where(d => d.TermId == termId);
        }

        if (query.DistrictId is { } districtId)
        {
            deputies = deputies.Where(d => d.DistrictId == districtId);
        }

        if (query.Status is { } status)
        {
            deputies = deputies.Where(d => d.Status == status);
        }

        if (query.Party is { } party)
        {
            deputies = deputies.Where(d => d.Party == party);
        }

        if (query.Gender is { } gender)
        {
            deputies = deputies.Where(d => d.Gender == gender);
        }

        if (query.Occupation is { } occupation)
        {
            deputies = deputies.Where(d => d.Occupation == occupation);
        }

        if (query.IsCountyDeputy is { } isCountyDeputy)
        {
            deputies = deputies.Where(d => d.IsCountyDeputy == isCountyDeputy);
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var search = query.Search.Trim();
            deputies = deputies.Where(d => d.Name.Contains(search));
        }

        var page = await ListDeputies.SortKeys.Apply(deputies, query.Sort, "name")
            .ProjectToDto()
            .ToPageAsync(query, cancellationToken);
        return page.Map(d => d.For(user));
    }
}
