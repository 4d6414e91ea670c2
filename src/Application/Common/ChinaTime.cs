using DeputyPortal.Domain.Common;

namespace DeputyPortal.Application.Common;

/// <summary>Today as a Chinese calendar date (Asia/Shanghai), whatever time zone the server runs in.</summary>
public static class ChinaTime
{
    public static readonly TimeZoneInfo Zone = ChinaDates.Zone;

    public static DateOnly TodayInChina(this TimeProvider clock) => ChinaDates.DateOf(clock.GetUtcNow());
}

/// <summary>Dates as Chinese prose writes them: 2026年12月1日 (tables keep 2026-12-01).</summary>
public static class ChineseDates
{
    public static string InProse(DateOnly date) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月{date.Day}日");
}
