namespace DeputyPortal.Domain.Calendar;

/// <summary>
/// Counts working days (工作日) the way government offices do: Monday to Friday, less public holidays,
/// plus the weekend days worked instead (调休).
/// </summary>
public sealed class WorkingDayCalendar
{
    private readonly Dictionary<DateOnly, CalendarDayKind> _exceptions;

    public WorkingDayCalendar(IEnumerable<CalendarDay> exceptions) =>
        _exceptions = exceptions.ToDictionary(d => d.Date, d => d.Kind);

    public bool IsWorkingDay(DateOnly date) => _exceptions.TryGetValue(date, out var kind)
        ? kind == CalendarDayKind.AdjustedWorkday
        : date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    /// <summary>The date on which <paramref name="workingDays"/> working days after <paramref name="start"/> have passed.</summary>
    public DateOnly AddWorkingDays(DateOnly start, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        var date = start;
        for (var counted = 0; counted < workingDays;)
        {
            date = date.AddDays(1);
            if (IsWorkingDay(date))
            {
                counted++;
            }
        }

        return date;
    }
}
