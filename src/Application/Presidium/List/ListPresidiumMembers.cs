using DeputyPortal.Application.Common.Paging;
using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Domain.Presidium;
using FluentValidation;
using Mediator;

namespace DeputyPortal.Application.Presidium.List;

/// <summary>Presidium posts; <see cref="CurrentOn"/> keeps those held on that date (the presidium as it stood then).</summary>
[Authorize]
public sealed record ListPresidiumMembers(
    Guid? TownshipId = null,
    Guid? TermId = null,
    Guid? DeputyId = null,
    DateOnly? CurrentOn = null,
    int Page = 1,
    int PageSize = Paging.DefaultPageSize,
    string? Sort = null) : IQuery<PagedList<PresidiumMemberDto>>, IPagedQuery
{
    internal static readonly SortMap<PresidiumMember> SortKeys = new SortMap<PresidiumMember>(p => p.Id)
        .Add("post", p => p.Post)
        .Add("servesFrom", p => p.ServesFrom);
}

public sealed class ListPresidiumMembersValidator : AbstractValidator<ListPresidiumMembers>
{
    public ListPresidiumMembersValidator() => Include(new PagedQueryValidator(ListPresidiumMembers.SortKeys.Keys));
}

public sealed class ListPresidiumMembersHandler(IAppDbContext db) : IQueryHandler<ListPresidiumMembers, PagedList<PresidiumMemberDto>>
{
    public async ValueTask<PagedList<PresidiumMemberDto>> Handle(ListPresidiumMembers query, CancellationToken cancellationToken)
    {
        var members = db.PresidiumMembers.AsQueryable();
        members = members.WhereIf(query.TownshipId is not null, p => p.TownshipId == query.TownshipId);
        members = members.WhereIf(query.TermId is not null, p => p.TermId == query.TermId);
        members = members.WhereIf(query.DeputyId is not null, p => p.DeputyId == query.DeputyId);
        members = members.WhereIf(query.CurrentOn is not null, p => p.ServesFrom <= query.CurrentOn && (p.ServesUntil == null || p.ServesUntil >= query.CurrentOn));

        return await ListPresidiumMembers.SortKeys.Apply(members, query.Sort, "servesFrom")
            .ProjectToDto(db.Deputies)
            .ToPageAsync(query, cancellationToken);
    }
}
