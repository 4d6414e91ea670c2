using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Domain.Calendar;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DeputyPortal.Application.Calendar.WorkingDays;

/// <summary>
/// The date on which <see cref="Count"/> working days after <see cref="From"/> have passed, e.g. the end of the
/// 20-working-day window a deputy has to evaluate a reply.
/// </summary>
[Authorize]
public sealed record AddWorkingDays(DateOnly From, int Count) : IQuery<WorkingDaysDto>;

/// <param name="YearsWithoutCalendar">Years the count ran through for which no holiday schedule is on file, so only
/// weekends were skipped there; the answer may change when an administrator adds the schedule.</param>
public sealed record WorkingDaysDto(DateOnly From, int Count, DateOnly Date, IReadOnlyList<int> YearsWithoutCalendar);

public sealed class AddWorkingDaysValidator : AbstractValidator<AddWorkingDays>
{
    /// <summary>About two years of working days: more than any deadline the product counts in working days.</summary>
    public const int MaxCount = 500;

    public AddWorkingDaysValidator()
    {
        RuleFor(q => q.Count).InclusiveBetween(0, MaxCount).WithName("工作日数");
        RuleFor(q => q.From.Year).InclusiveBetween(CalendarYears.First, CalendarYears.Last - 3)
            .OverridePropertyName(nameof(AddWorkingDays.From)).WithName("起算日期");
    }
}

public sealed class AddWorkingDaysHandler(IAppDbContext db) : IQueryHandler<AddWorkingDays, WorkingDaysDto>
{
    public async ValueTask<WorkingDaysDto> Handle(AddWorkingDays query, CancellationToken cancellationToken)
    {
        // MaxCount working days never span more than three years, whatever the holidays.
        var until = query.From.AddYears(3);
        var exceptions = await db.CalendarDays.AsNoTracking()
            .Where(d => d.Date > query.From && d.Date <= until)
            .ToListAsync(cancellationToken);
        var date = new WorkingDayCalendar(exceptions).AddWorkingDays(query.From, query.Count);

        var counted = Enumerable.Range(query.From.Year, date.Year - query.From.Year + 1)
            .Where(year => query.Count > 0 && (year > query.From.Year || query.From.AddDays(1).Year == year))
            .ToList();
        var yearsOnFile = await db.CalendarDays.AsNoTracking()
            .Where(d => d.Date.Year >= query.From.Year && d.Date.Year <= date.Year)
            .Select(d => d.Date.Year)
            .Distinct()
            .ToListAsync(cancellationToken);
        var missing = counted.Except(yearsOnFile).ToList();
        return new WorkingDaysDto(query.From, query.Count, date, missing);
    }
}
