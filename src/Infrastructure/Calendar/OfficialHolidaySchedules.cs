using DeputyPortal.Domain.Calendar;

namespace DeputyPortal.Infrastructure.Calendar;

/// <summary>
/// Public holidays and adjusted working days (调休) from the State Council General Office notices
/// 国务院办公厅关于2024/2025/2026年部分节假日安排的通知 (published 2023-10-25, 2024-11-12, 2025-11-04).
/// Later years are imported by an administrator when the notice is published (POST /api/v1/admin/calendar/{year}).
/// </summary>
public static class OfficialHolidaySchedules
{
    public static IReadOnlyDictionary<int, IReadOnlyList<CalendarDay>> ByYear { get; } = new Dictionary<int, IReadOnlyList<CalendarDay>>
    {
        [2024] =
        [
            .. Holidays("元旦", "2024-01-01", "2024-01-01"),
            .. Holidays("春节", "2024-02-10", "2024-02-17"), .. Workdays("春节", "2024-02-04", "2024-02-18"),
            .. Holidays("清明节", "2024-04-04", "2024-04-06"), .. Workdays("清明节", "2024-04-07"),
            .. Holidays("劳动节", "2024-05-01", "2024-05-05"), .. Workdays("劳动节", "2024-04-28", "2024-05-11"),
            .. Holidays("端午节", "2024-06-10", "2024-06-10"),
            .. Holidays("中秋节", "2024-09-15", "2024-09-17"), .. Workdays("中秋节", "2024-09-14"),
            .. Holidays("国庆节", "2024-10-01", "2024-10-07"), .. Workdays("国庆节", "2024-09-29", "2024-10-12"),
        ],
        [2025] =
        [
            .. Holidays("元旦", "2025-01-01", "2025-01-01"),
            .. Holidays("春节", "2025-01-28", "2025-02-04"), .. Workdays("春节", "2025-01-26", "2025-02-08"),
            .. Holidays("清明节", "2025-04-04", "2025-04-06"),
            .. Holidays("劳动节", "2025-05-01", "2025-05-05"), .. Workdays("劳动节", "2025-04-27"),
            .. Holidays("端午节", "2025-05-31", "2025-06-02"),
            .. Holidays("国庆节", "2025-10-01", "2025-10-08"), .. Workdays("国庆节", "2025-09-28", "2025-10-11"),
        ],
        [2026] =
        [
            .. Holidays("元旦", "2026-01-01", "2026-01-03"), .. Workdays("元旦", "2026-01-04"),
            .. Holidays("春节", "2026-02-15", "2026-02-23"), .. Workdays("春节", "2026-02-14", "2026-02-28"),
            .. Holidays("清明节", "2026-04-04", "2026-04-06"),
            .. Holidays("劳动节", "2026-05-01", "2026-05-05"), .. Workdays("劳动节", "2026-05-09"),
            .. Holidays("端午节", "2026-06-19", "2026-06-21"),
            .. Holidays("中秋节", "2026-09-25", "2026-09-27"),
            .. Holidays("国庆节", "2026-10-01", "2026-10-07"), .. Workdays("国庆节", "2026-09-20", "2026-10-10"),
        ],
    };

    private static IEnumerable<CalendarDay> Holidays(string holiday, string first, string last)
    {
        for (var day = DateOnly.Parse(first, System.Globalization.CultureInfo.InvariantCulture);
             day <= DateOnly.Parse(last, System.Globalization.CultureInfo.InvariantCulture);
             day = day.AddDays(1))
        {
            yield return CalendarDay.Create(day, CalendarDayKind.Holiday, holiday);
        }
    }

    private static IEnumerable<CalendarDay> Workdays(string holiday, params string[] days) =>
        days.Select(d => CalendarDay.Create(DateOnly.Parse(d, System.Globalization.CultureInfo.InvariantCulture), CalendarDayKind.AdjustedWorkday, holiday));
}
