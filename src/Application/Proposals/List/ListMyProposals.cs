using DeputyPortal.Application.Common;
using DeputyPortal.Application.Common.Paging;
using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Domain.Proposals;
using FluentValidation;
using Mediator;

namespace DeputyPortal.Application.Proposals.List;

/// <summary>The signed-in deputy's proposals: those they lead or co-signed, with the filters of <see cref="ListProposals"/>.</summary>
[Authorize(Roles.Deputy)]
public sealed record ListMyProposals(
    Guid? TermId = null,
    Guid? SessionId = null,
    ProposalKind? Kind = null,
    ProposalStatus? Status = null,
    string? Category = null,
    Guid? LeadUnitId = null,
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
    bool? AwaitingReassignment = null) : IQuery<PagedList<ProposalListItemDto>>, IProposalFilter, IPagedQuery
{
    Guid? IProposalFilter.TownshipId => null;

    Guid? IProposalFilter.DeputyId => null;

    /// <summary>The same list as <see cref="ListProposals"/>, restricted to <paramref name="deputyId"/> as lead or co-signer.</summary>
    public ListProposals For(Guid deputyId) => new(
        null, TermId, SessionId, Kind, Status, Category, LeadUnitId, deputyId, IsKey, Color, Overdue,
        SubmittedFrom, SubmittedTo, AssignedFrom, AssignedTo, DueFrom, DueTo, Search, Page, PageSize, Sort,
        ExtensionPending, AwaitingReassignment);
}

public sealed class ListMyProposalsValidator : AbstractValidator<ListMyProposals>
{
    public ListMyProposalsValidator()
    {
        Include(new PagedQueryValidator(ProposalSort.Keys.Keys));
        Include(new ProposalFilterValidator());
    }
}

public sealed class ListMyProposalsHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock)
    : IQueryHandler<ListMyProposals, PagedList<ProposalListItemDto>>
{
    public async ValueTask<PagedList<ProposalListItemDto>> Handle(ListMyProposals query, CancellationToken cancellationToken)
    {
        var mine = query.For(user.DeputyId ?? Guid.Empty);
        return await ProposalListing.PageAsync(db, clock.TodayInChina(), mine, mine, cancellationToken);
    }
}
