namespace DeputyPortal.Application.Common;

/// <summary>Business dates are Chinese calendar dates (Asia/Shanghai), whatever time zone the server runs in.</summary>
public static class ChinaTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static DateOnly TodayInChina(this TimeProvider clock) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Zone).DateTime);
}
