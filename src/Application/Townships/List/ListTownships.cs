using DeputyPortal.Application.Common.Paging;
using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Domain.Townships;
using FluentValidation;
using Mediator;

namespace DeputyPortal.Application.Townships.List;

/// <summary>Every role reads townships; a township-bound user sees only their own (the query filter does it).</summary>
[Authorize]
public sealed record ListTownships(
    string? Search = null,
    int Page = 1,
    int PageSize = Paging.DefaultPageSize,
    string? Sort = null) : IQuery<PagedList<TownshipDto>>, IPagedQuery
{
    internal static readonly SortMap<Township> SortKeys = new SortMap<Township>(t => t.Id)
        .Add("code", t => t.Code)
        .Add("name", t => t.Name);
}

public sealed class ListTownshipsValidator : AbstractValidator<ListTownships>
{
    public ListTownshipsValidator()
    {
        Include(new PagedQueryValidator(ListTownships.SortKeys.Keys));
        RuleFor(q => q.Search).MaximumLength(50).WithErrorCode("MaxLength").WithName("搜索词");
    }
}

public sealed class ListTownshipsHandler(IAppDbContext db) : IQueryHandler<ListTownships, PagedList<TownshipDto>>
{
    public async ValueTask<PagedList<TownshipDto>> Handle(ListTownships query, CancellationToken cancellationToken)
    {
        var townships = db.Townships.AsQueryable();
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var search = query.Search.Trim();
            townships = townships.Where(t => t.Name.Contains(search) || t.Code.Contains(search));
        }

        return await ListTownships.SortKeys.Apply(townships, query.Sort, "code")
            .ProjectToDto()
            .ToPageAsync(query, cancellationToken);
    }
}
