using DeputyPortal.Application.Common;
using DeputyPortal.Application.Common.Paging;
using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Domain.Activities;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DeputyPortal.Application.Activities.List;

/// <summary>
/// Activities the caller may see (a deputy: those they are listed in or of their groups; a unit officer: those that
/// looked at their unit or gave it a rectification item; a secretary or presidium member: their township; county
/// staff and administrators: all), filtered, sorted and paged.
/// </summary>
[Authorize]
public sealed record ListActivities(
    Guid? TownshipId = null,
    Guid? TermId = null,
    ActivityKind? Kind = null,
    bool? Supervision = null,
    Guid? GroupId = null,
    Guid? DeputyId = null,
    Guid? UnitId = null,
    DateOnly? From = null,
    DateOnly? To = null,
    bool? HasOpenRectification = null,
    int Page = 1,
    int PageSize = Paging.DefaultPageSize,
    string? Sort = null,
    bool? HasOverdueRectification = null) : IQuery<PagedList<ActivityDto>>, IActivityFilter, IPagedQuery;

public sealed class ListActivitiesValidator : AbstractValidator<ListActivities>
{
    public ListActivitiesValidator()
    {
        Include(new PagedQueryValidator(ActivitySort.Keys.Keys));
        Include(new ActivityFilterValidator());
    }
}

public sealed class ListActivitiesHandler(IAppDbContext db, TimeProvider clock) : IQueryHandler<ListActivities, PagedList<ActivityDto>>
{
    public async ValueTask<PagedList<ActivityDto>> Handle(ListActivities query, CancellationToken cancellationToken)
    {
        var today = clock.TodayInChina();
        var page = await ActivitySort.Keys.Apply(ActivityFilter.Apply(db.Activities.AsNoTracking(), query, today), query.Sort, ActivitySort.Default)
            .AsSplitQuery()
            .ToPageAsync(query, cancellationToken);
        var names = await ActivityNames.LoadAsync(db, page.Items, cancellationToken);
        return page.Map(a => a.ToDto(names, today));
    }
}
