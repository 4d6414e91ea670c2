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
        if (query.TownshipId is { } townshipId)
        {
            groups = groups.Where(g => g.TownshipId == townshipId);
        }

        if (query.TermId is { } termId)
        {
            groups = groups.Where(g => g.TermId == termId);
        }

        if (query.MemberDeputyId is { } deputyId)
        {
            groups = groups.Where(g => g.Members.Any(m => m.DeputyId == deputyId));
        }

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
