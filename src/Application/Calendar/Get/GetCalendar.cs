using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Security;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DeputyPortal.Application.Calendar.Get;

/// <summary>The holidays and adjusted working days (调休) of one year; every signed-in user may read them.</summary>
[Authorize]
public sealed record GetCalendar(int Year) : IQuery<CalendarYearDto>;

public sealed class GetCalendarValidator : AbstractValidator<GetCalendar>
{
    public GetCalendarValidator() =>
        RuleFor(q => q.Year).InclusiveBetween(CalendarYears.First, CalendarYears.Last).WithName("年份");
}

public sealed class GetCalendarHandler(IAppDbContext db) : IQueryHandler<GetCalendar, CalendarYearDto>
{
    public async ValueTask<CalendarYearDto> Handle(GetCalendar query, CancellationToken cancellationToken)
    {
        var first = new DateOnly(query.Year, 1, 1);
        var last = new DateOnly(query.Year, 12, 31);
        var days = await db.CalendarDays.AsNoTracking()
            .Where(d => d.Date >= first && d.Date <= last)
            .OrderBy(d => d.Date)
            .Select(d => new CalendarDayDto(d.Date, d.Kind, d.Holiday))
            .ToListAsync(cancellationToken);
        return new CalendarYearDto(query.Year, days);
    }
}
