using DeputyPortal.Domain.Calendar;

namespace DeputyPortal.Domain.UnitTests;

public sealed class WorkingDayCalendarTests
{
    // 2026 Spring Festival per the State Council notice: off 15–23 February; Saturday 14 and Saturday 28 February worked.
    private static readonly WorkingDayCalendar Calendar = new(
    [
        .. Enumerable.Range(15, 9).Select(d => CalendarDay.Create(new DateOnly(2026, 2, d), CalendarDayKind.Holiday, "春节")),
        CalendarDay.Create(new DateOnly(2026, 2, 14), CalendarDayKind.AdjustedWorkday, "春节"),
        CalendarDay.Create(new DateOnly(2026, 2, 28), CalendarDayKind.AdjustedWorkday, "春节"),
    ]);

    [Theory]
    [InlineData("2026-02-13", true)] // Friday
    [InlineData("2026-02-14", true)] // Saturday, worked instead
    [InlineData("2026-02-16", false)] // Monday in the holiday
    [InlineData("2026-02-21", false)] // Saturday in the holiday
    [InlineData("2026-02-24", true)] // Tuesday after
    [InlineData("2026-03-01", false)] // ordinary Sunday
    public void IsWorkingDay_FollowsHolidaysAndAdjustedWorkdays(string date, bool working) =>
        Assert.Equal(working, Calendar.IsWorkingDay(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void AddWorkingDays_AcrossSpringFestival_SkipsTheHolidayAndCountsTheAdjustedSaturdays()
    {
        // From Thu 12 Feb: 13 (Fri), 14 (adjusted Sat) = 2; holiday 15–23; 24, 25, 26, 27 = 6; 28 (adjusted Sat) = 7;
        // Mon 2 Mar … Fri 6 Mar = 12; Mon 9 Mar … Fri 13 Mar = 17; Mon 16, Tue 17, Wed 18 Mar = 20.
        var due = Calendar.AddWorkingDays(new DateOnly(2026, 2, 12), 20);

        Assert.Equal(new DateOnly(2026, 3, 18), due);
    }

    [Fact]
    public void AdjustedWorkday_OnAWeekday_IsRefused() =>
        RuleAssert.Breaks("AdjustedWorkdayIsWeekend", () => CalendarDay.Create(new DateOnly(2026, 2, 16), CalendarDayKind.AdjustedWorkday, "春节"));
}
