using DeputyPortal.Application.Common;
using DeputyPortal.Application.Common.Paging;
using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Application.Common.Validation;
using DeputyPortal.Domain.Meetings;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DeputyPortal.Application.Meetings.List;

/// <summary>
/// The presidium meetings the caller may read, newest first unless sorted otherwise; from/to (on the date held) are
/// inclusive; hasOverdueFollowUp: a decision's follow-up is overdue today (<see cref="OverdueFollowUps.Decision"/>), or none is.
/// </summary>
[Authorize(Roles.TownshipSecretary, Roles.PresidiumMember, Roles.CountyStaff, Roles.Admin)]
public sealed record ListPresidiumMeetings(
    Guid? TownshipId = null,
    Guid? TermId = null,
    PresidiumMeetingKind? Kind = null,
    DateOnly? From = null,
    DateOnly? To = null,
    bool? HasQuorum = null,
    int Page = 1,
    int PageSize = Paging.DefaultPageSize,
    string? Sort = null,
    bool? HasOverdueFollowUp = null) : IQuery<PagedList<PresidiumMeetingDto>>, IPagedQuery
{
    internal static readonly SortMap<PresidiumMeeting> SortKeys = new SortMap<PresidiumMeeting>(m => m.Id)
        .Add("heldAt", m => m.HeldAt)
        .Add("kind", m => m.Kind)
        .Add("presentCount", m => m.PresentCount);
}

public sealed class ListPresidiumMeetingsValidator : AbstractValidator<ListPresidiumMeetings>
{
    public ListPresidiumMeetingsValidator()
    {
        Include(new PagedQueryValidator(ListPresidiumMeetings.SortKeys.Keys));
        RuleFor(q => q.Kind).IsInEnum().WithErrorCode("KnownValue").WithMessage("{PropertyName}的取值无效。").WithName("会议类型");
        RuleFor(q => q.To).GreaterThanOrEqualTo(q => q.From)
            .WithErrorCode("FromBeforeTo").WithMessage("结束日期不能早于开始日期。").WithName("结束日期")
            .When(q => q.From is not null && q.To is not null);
    }
}

public sealed class ListPresidiumMeetingsHandler(IAppDbContext db, TimeProvider clock)
    : IQueryHandler<ListPresidiumMeetings, PagedList<PresidiumMeetingDto>>
{
    public async ValueTask<PagedList<PresidiumMeetingDto>> Handle(ListPresidiumMeetings query, CancellationToken cancellationToken)
    {
        var meetings = db.PresidiumMeetings.AsNoTracking().AsSplitQuery();
        meetings = meetings.WhereIf(query.TownshipId is not null, m => m.TownshipId == query.TownshipId);
        meetings = meetings.WhereIf(query.TermId is not null, m => m.TermId == query.TermId);
        meetings = meetings.WhereIf(query.Kind is not null, m => m.Kind == query.Kind);
        meetings = meetings.WhereIf(query.From is not null, m => m.HeldOn >= query.From);
        meetings = meetings.WhereIf(query.To is not null, m => m.HeldOn <= query.To);
        meetings = meetings.WhereIf(query.HasQuorum is not null, m => m.HasQuorum == query.HasQuorum);
        var overdue = OverdueFollowUps.Decision(clock.TodayInChina());
        meetings = meetings.WhereIf(query.HasOverdueFollowUp is not null, m => m.Decisions.AsQueryable().Any(overdue) == query.HasOverdueFollowUp);

        var page = await ListPresidiumMeetings.SortKeys.Apply(meetings, query.Sort, "-heldAt").ToPageAsync(query, cancellationToken);
        var dtos = await db.ToDtosAsync(page.Items, clock, cancellationToken);
        return new PagedList<PresidiumMeetingDto>(dtos, page.Page, page.PageSize, page.TotalCount);
    }
}
