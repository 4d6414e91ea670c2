using DeputyPortal.Domain.Common;

namespace DeputyPortal.Application.Common;

/// <summary>Today as a Chinese calendar date (Asia/Shanghai), whatever time zone the server runs in.</summary>
public static class ChinaTime
{
    public static readonly TimeZoneInfo Zone = ChinaDates.Zone;

    public static DateOnly TodayInChina(this TimeProvider clock) => ChinaDates.DateOf(clock.GetUtcNow());
}
