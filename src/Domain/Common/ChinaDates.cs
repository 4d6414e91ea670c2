namespace DeputyPortal.Domain.Common;

/// <summary>Business dates are Chinese calendar dates (Asia/Shanghai), whatever time zone the server runs in.</summary>
public static class ChinaDates
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static DateOnly DateOf(DateTimeOffset instant) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);
}
