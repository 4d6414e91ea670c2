using DeputyPortal.Application.Common.Paging;
using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Domain.Groups;
using FluentValidation;
using Mediator;

namespace DeputyPortal.Application.Groups.List;

[Authorize]
public sealed record ListRepresentativeGroups(
    Guid? TownshipId = null,
    Guid? TermId = null,
    Guid? MemberDeputyId = null,
    string? Search = null,
    int Page = 1,
    int PageSize = Paging.DefaultPageSize,
    string? Sort = null) : IQuery<PagedList<RepresentativeGroupDto>>, IPagedQuery
{
    internal static readonly SortMap<RepresentativeGroup> SortKeys = new SortMap<RepresentativeGroup>(g => g.Id)
        .Add("name", g => g.Name);
}

public sealed class ListRepresentativeGroupsValidator : AbstractValidator<ListRepresentativeGroups>
{
    public ListRepresentativeGroupsValidator()
    {
        Include(new PagedQueryValidator(ListRepresentativeGroups.SortKeys.Keys));
        RuleFor(q => q.Search).MaximumLength(RepresentativeGroup.NameMaxLength).WithName("搜索词");
    }
}

public sealed class ListRepresentativeGroupsHandler(IAppDbContext db) : IQueryHandler<ListRepresentativeGroups, PagedList<RepresentativeGroupDto>>
{
    public async ValueTask<PagedList<RepresentativeGroupDto>> Handle(ListRepresentativeGroups query, CancellationToken cancellationToken)
    {
        var groups = db.RepresentativeGroups.AsQueryable();
        groups = groups.WhereIf(query.TownshipId is not null, g => g.TownshipId == query.TownshipId);
        groups = groups.WhereIf(query.TermId is not null, g => g.TermId == query.TermId);
        groups = groups.WhereIf(query.MemberDeputyId is not null, g => g.Members.Any(m => m.DeputyId == query.MemberDeputyId));

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var search = query.Search.Trim();
            groups = groups.Where(g => g.Name.Contains(search));
        }

        return await ListRepresentativeGroups.SortKeys.Apply(groups, query.Sort, "name")
            .ProjectToDto()
            .ToPageAsync(query, cancellationToken);
    }
}
