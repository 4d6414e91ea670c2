using System.Globalization;

namespace DeputyPortal.Api;

/// <summary>A clock stopped at one instant: Clock:FixedNow in Development, to show and test deadlines on a chosen date.</summary>
public sealed class FrozenTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
}

public static class ClockSetup
{
    public static IServiceCollection AddClock(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var fixedNow = configuration["Clock:FixedNow"];
        services.AddSingleton(!string.IsNullOrEmpty(fixedNow) && environment.IsDevelopment()
            ? new FrozenTimeProvider(DateTimeOffset.Parse(fixedNow, CultureInfo.InvariantCulture))
            : TimeProvider.System);
        return services;
    }
}
