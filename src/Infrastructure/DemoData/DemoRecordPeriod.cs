using DeputyPortal.Domain.Calendar;
using DeputyPortal.Domain.Compliance;
using DeputyPortal.Infrastructure.Calendar;

namespace DeputyPortal.Infrastructure.DemoData;

/// <summary>
/// What a demo township deliberately gets wrong, so every compliance answer (DESIGN §4) shows up in the demo:
/// a finished quarter with only an extraordinary presidium meeting, a regular meeting short of a quorum, the current
/// quarter's meeting not held yet, a group that did nothing in a quarter, a group whose only activity no member
/// attended, and a year whose first congress session opened after 31 March.
/// </summary>
public sealed record DemoTownshipQuirks
{
    public static readonly DemoTownshipQuirks None = new();

    public Quarter? QuarterWithoutRegularMeeting { get; init; }

    public Quarter? QuarterWithoutQuorum { get; init; }

    public bool CurrentMeetingPending { get; init; }

    /// <summary>A group (by position) that held no activity in a quarter.</summary>
    public (int Group, Quarter Quarter)? IdleGroup { get; init; }

    /// <summary>A group (by position) whose only activity in a quarter none of its members attended.</summary>
    public (int Group, Quarter Quarter)? UnattendedGroup { get; init; }

    /// <summary>A year whose regular session opened in April instead of by 31 March (R6).</summary>
    public int? LateFirstSessionYear { get; init; }
}

/// <summary>The stretch of time the demo's activities, meetings and contacts cover: the previous year up to today.</summary>
public static class DemoRecordPeriod
{
    public const int FirstYear = 2025;

    private static readonly WorkingDayCalendar Calendar = new(OfficialHolidaySchedules.ByYear.Values.SelectMany(days => days));

    /// <summary>Every quarter from the first of <see cref="FirstYear"/> to the one that contains today.</summary>
    public static IEnumerable<Quarter> Quarters(DateOnly today)
    {
        for (var quarter = new Quarter(FirstYear, 1); quarter.Start <= today; quarter = Next(quarter))
        {
            yield return quarter;
        }
    }

    /// <summary>The date itself or the next working day.</summary>
    public static DateOnly Workday(DateOnly date)
    {
        while (!Calendar.IsWorkingDay(date))
        {
            date = date.AddDays(1);
        }

        return date;
    }

    public static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private static Quarter Next(Quarter quarter) =>
        quarter.Number == 4 ? new Quarter(quarter.Year + 1, 1) : new Quarter(quarter.Year, quarter.Number + 1);
}
