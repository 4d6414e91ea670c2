using DeputyPortal.Application.Common;
using DeputyPortal.Application.Common.Paging;
using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Application.Settings;
using DeputyPortal.Domain.Proposals;
using FluentValidation;
using Mediator;

namespace DeputyPortal.Application.Proposals.List;

/// <summary>
/// Proposals the caller may see (a deputy: led or co-signed; a unit officer: assigned to their unit; a secretary or
/// presidium member: their township; county staff: all), filtered, sorted and paged, each with today's warning.
/// </summary>
[Authorize]
public sealed record ListProposals(
    Guid? TownshipId = null,
    Guid? TermId = null,
    Guid? SessionId = null,
    ProposalKind? Kind = null,
    ProposalStatus? Status = null,
    string? Category = null,
    Guid? LeadUnitId = null,
    Guid? DeputyId = null,
    bool? IsKey = null,
    string? Color = null,
    bool? Overdue = null,
    DateOnly? SubmittedFrom = null,
    DateOnly? SubmittedTo = null,
    DateOnly? AssignedFrom = null,
    DateOnly? AssignedTo = null,
    DateOnly? DueFrom = null,
    DateOnly? DueTo = null,
    string? Search = null,
    int Page = 1,
    int PageSize = Paging.DefaultPageSize,
    string? Sort = null,
    bool? ExtensionPending = null,
    bool? AwaitingReassignment = null) : IQuery<PagedList<ProposalListItemDto>>, IProposalFilter, IPagedQuery;

public sealed class ListProposalsValidator : AbstractValidator<ListProposals>
{
    public ListProposalsValidator()
    {
        Include(new PagedQueryValidator(ProposalSort.Keys.Keys));
        Include(new ProposalFilterValidator());
    }
}

public sealed class ListProposalsHandler(IAppDbContext db, TimeProvider clock) : IQueryHandler<ListProposals, PagedList<ProposalListItemDto>>
{
    public async ValueTask<PagedList<ProposalListItemDto>> Handle(ListProposals query, CancellationToken cancellationToken) =>
        await ProposalListing.PageAsync(db, clock.TodayInChina(), query, query, cancellationToken);
}

/// <summary>One page of proposals with their warnings: the filter and sort run in SQL, the colours from each township's rules.</summary>
public static class ProposalListing
{
    public static async Task<PagedList<ProposalListItemDto>> PageAsync(
        IAppDbContext db, DateOnly today, IProposalFilter filter, IPagedQuery paging, CancellationToken ct)
    {
        var rules = await db.ProposalRuleBookAsync(ct);
        var proposals = ProposalFilter.Apply(db.Proposals, filter, today, rules);
        var page = await ProposalSort.Keys.Apply(proposals, paging.Sort, ProposalSort.Default)
            .ProjectToListItem()
            .ToPageAsync(paging, ct);
        var names = await ProposalNames.LoadAsync(
            db, page.Items.Select(p => p.LeadDeputyId), page.Items.Select(p => p.LeadUnitId), [], [], ct);
        var items = await ProposalWaits.AddToAsync(db, [.. page.Items.Select(p => p.WithWarning(today, rules.For(p.TownshipId)).WithNames(names))], ct);
        return page with { Items = items };
    }
}
