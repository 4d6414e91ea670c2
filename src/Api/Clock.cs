using System.Globalization;

namespace DeputyPortal.Api;

/// <summary>A clock stopped at one instant: Clock:FixedNow in Development, to show and test deadlines on a chosen date.</summary>
public sealed class FrozenTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
}

public static class ClockSetup
{
    public static IServiceCollection AddClock(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var fixedNow = configuration["Clock:FixedNow"];
        if (!string.IsNullOrEmpty(fixedNow) && environment.IsDevelopment())
        {
            services.AddSingleton<TimeProvider>(new FrozenTimeProvider(DateTimeOffset.Parse(fixedNow, CultureInfo.InvariantCulture)));
        }
        else
        {
            services.AddSingleton(TimeProvider.System);
        }

        return services;
    }
}
