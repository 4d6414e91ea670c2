using DeputyPortal.Domain.Common;

namespace DeputyPortal.Domain.Calendar;

public enum CalendarDayKind
{
    /// <summary>A statutory holiday or a day off of the holiday block (放假).</summary>
    [Label("放假")] Holiday,

    /// <summary>A weekend day worked instead (调休上班).</summary>
    [Label("调休上班")] AdjustedWorkday,
}

/// <summary>A day whose working status differs from the plain Monday–Friday week, per the State Council notice of its year.</summary>
public sealed class CalendarDay
{
    private CalendarDay()
    {
    }

    public DateOnly Date { get; private set; }

    public CalendarDayKind Kind { get; private set; }

    /// <summary>The holiday the day belongs to (元旦, 春节, 清明节, 劳动节, 端午节, 中秋节, 国庆节).</summary>
    public string Holiday { get; private set; } = null!;

    public static CalendarDay Create(DateOnly date, CalendarDayKind kind, string holiday)
    {
        var weekend = date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
        Rule.Require(
            kind != CalendarDayKind.AdjustedWorkday || weekend,
            "AdjustedWorkdayIsWeekend",
            $"{date:yyyy-MM-dd} 不是周末，不能设为调休上班日。",
            "date");
        return new CalendarDay { Date = date, Kind = kind, Holiday = holiday };
    }
}
