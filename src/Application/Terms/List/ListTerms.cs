using DeputyPortal.Application.Common.Paging;
using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Domain.Terms;
using FluentValidation;
using Mediator;

namespace DeputyPortal.Application.Terms.List;

[Authorize]
public sealed record ListTerms(
    Guid? TownshipId = null,
    int Page = 1,
    int PageSize = Paging.DefaultPageSize,
    string? Sort = null) : IQuery<PagedList<TermDto>>, IPagedQuery
{
    internal static readonly SortMap<Term> SortKeys = new SortMap<Term>(t => t.Id)
        .Add("number", t => t.Number)
        .Add("startsOn", t => t.StartsOn);
}

public sealed class ListTermsValidator : AbstractValidator<ListTerms>
{
    public ListTermsValidator() => Include(new PagedQueryValidator(ListTerms.SortKeys.Keys));
}

public sealed class ListTermsHandler(IAppDbContext db) : IQueryHandler<ListTerms, PagedList<TermDto>>
{
    public async ValueTask<PagedList<TermDto>> Handle(ListTerms query, CancellationToken cancellationToken)
    {
        var terms = db.Terms.AsQueryable();
        terms = terms.WhereIf(query.TownshipId is not null, t => t.TownshipId == query.TownshipId);

        var page = await ListTerms.SortKeys.Apply(terms, query.Sort, "number").ToPageAsync(query, cancellationToken);
        return page.Map(t => t.ToDto());
    }
}
