using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Application.Common.Validation;
using DeputyPortal.Domain.Calendar;
using DeputyPortal.Domain.Common;
using FluentValidation;
using FluentValidation.Results;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DeputyPortal.Application.Calendar.Replace;

/// <summary>One day of the State Council notice as an administrator enters it.</summary>
public sealed record CalendarDayInput(DateOnly Date, CalendarDayKind Kind, string Holiday);

/// <summary>
/// Replaces a year's holidays and adjusted working days with the posted list, all at once (the request runs in one
/// transaction), e.g. when the State Council publishes next year's schedule or corrects this year's.
/// </summary>
[Authorize(Roles.Admin)]
public sealed record ReplaceCalendarYear(int Year, IReadOnlyList<CalendarDayInput> Days) : ICommand<CalendarYearDto>;

public sealed class ReplaceCalendarYearValidator : AbstractValidator<ReplaceCalendarYear>
{
    public const int HolidayMaxLength = 20;

    public ReplaceCalendarYearValidator()
    {
        RuleFor(c => c.Year).InclusiveBetween(CalendarYears.First, CalendarYears.Last).WithName("年份");
        RuleFor(c => c.Days).NotNull().WithErrorCode("Required").WithMessage("{PropertyName}不能为空。").WithName("日期列表");
        RuleForEach(c => c.Days).ChildRules(day =>
        {
            day.RuleFor(d => d.Kind).KnownValue().WithName("类别");
            day.RuleFor(d => d.Holiday).RequiredText(HolidayMaxLength).WithName("节日");
        });
        RuleFor(c => c).Custom((command, context) =>
        {
            if (command.Days is null)
            {
                return;
            }

            for (var i = 0; i < command.Days.Count; i++)
            {
                if (command.Days[i] is not { } day)
                {
                    continue;
                }

                var field = $"Days[{i}].Date";
                if (day.Date.Year != command.Year)
                {
                    context.AddFailure(new ValidationFailure(field, $"{day.Date:yyyy-MM-dd} 不在 {command.Year} 年内。") { ErrorCode = "DateInYear" });
                }

                if (command.Days.Take(i).Any(earlier => earlier?.Date == day.Date))
                {
                    context.AddFailure(new ValidationFailure(field, $"{day.Date:yyyy-MM-dd} 在列表中重复出现。") { ErrorCode = "DateIsUnique" });
                }
            }
        });
    }
}

public sealed class ReplaceCalendarYearHandler(IAppDbContext db) : ICommandHandler<ReplaceCalendarYear, CalendarYearDto>
{
    public async ValueTask<CalendarYearDto> Handle(ReplaceCalendarYear command, CancellationToken cancellationToken)
    {
        // Every day is checked by the domain before anything is removed, so a refused list changes nothing.
        var days = command.Days.Select((day, index) => Create(day, index)).OrderBy(d => d.Date).ToList();

        var first = new DateOnly(command.Year, 1, 1);
        var last = new DateOnly(command.Year, 12, 31);
        var existing = await db.CalendarDays.Where(d => d.Date >= first && d.Date <= last).ToListAsync(cancellationToken);
        db.CalendarDays.RemoveRange(existing);

        // The removals are saved first because a posted day may keep the date (the key) of a removed one;
        // both saves run in the command's transaction.
        await db.SaveChangesAsync(cancellationToken);
        db.CalendarDays.AddRange(days);
        await db.SaveChangesAsync(cancellationToken);
        return new CalendarYearDto(command.Year, days.Select(d => new CalendarDayDto(d.Date, d.Kind, d.Holiday)).ToList());
    }

    /// <summary>Creates the day, naming the list entry in the error when the domain refuses it.</summary>
    private static CalendarDay Create(CalendarDayInput day, int index)
    {
        try
        {
            return CalendarDay.Create(day.Date, day.Kind, day.Holiday.Trim());
        }
        catch (DomainRuleException refused) when (refused.Field is not null)
        {
            throw new DomainRuleException(refused.Rule, refused.Message, refused.Kind, $"days[{index}].{refused.Field}");
        }
    }
}
