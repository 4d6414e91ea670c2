using DeputyPortal.Application.Common.Paging;
using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Domain.Sessions;
using FluentValidation;
using Mediator;

namespace DeputyPortal.Application.Sessions.List;

[Authorize]
public sealed record ListSessions(
    Guid? TownshipId = null,
    Guid? TermId = null,
    int Page = 1,
    int PageSize = Paging.DefaultPageSize,
    string? Sort = null) : IQuery<PagedList<SessionDto>>, IPagedQuery
{
    internal static readonly SortMap<CongressSession> SortKeys = new SortMap<CongressSession>(s => s.Id)
        .Add("number", s => s.Number)
        .Add("openedOn", s => s.OpenedOn);
}

public sealed class ListSessionsValidator : AbstractValidator<ListSessions>
{
    public ListSessionsValidator() => Include(new PagedQueryValidator(ListSessions.SortKeys.Keys));
}

public sealed class ListSessionsHandler(IAppDbContext db) : IQueryHandler<ListSessions, PagedList<SessionDto>>
{
    public async ValueTask<PagedList<SessionDto>> Handle(ListSessions query, CancellationToken cancellationToken)
    {
        var sessions = db.CongressSessions.AsQueryable();
        sessions = sessions.WhereIf(query.TownshipId is not null, s => s.TownshipId == query.TownshipId);
        sessions = sessions.WhereIf(query.TermId is not null, s => s.TermId == query.TermId);

        var page = await ListSessions.SortKeys.Apply(sessions, query.Sort, "number").ToPageAsync(query, cancellationToken);
        return page.Map(s => s.ToDto());
    }
}
