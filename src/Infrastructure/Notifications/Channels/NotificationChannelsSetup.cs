using DeputyPortal.Application.Notifications.Delivery;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DeputyPortal.Infrastructure.Notifications.Channels;

/// <summary>The channels beyond the inbox and the dispatcher's store; each channel stays off until configured.</summary>
internal static class NotificationChannelsSetup
{
    public static IServiceCollection AddNotificationChannels(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<NotificationChannelOptions>().Bind(configuration.GetSection(NotificationChannelOptions.Section))
            .Validate(o => !o.EmailEnabled || o.Email.Port is > 0 and < 65536, "Notifications:Email:Port must be a TCP port.")
            .Validate(
                o => o.Webhooks.Values.All(w => string.IsNullOrWhiteSpace(w.Url)
                    || (Uri.TryCreate(w.Url, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http")),
                "Notifications:Webhooks:{code}:Url must be an absolute http(s) address.") // the URL itself is never quoted
            .ValidateOnStart();
        services.AddOptions<NotificationDeliveryOptions>().Bind(configuration.GetSection(NotificationDeliveryOptions.Section))
            .Validate(o => o.MaxAttempts >= 1 && o.BatchSize >= 1 && o.RetryCount >= 0, "Notifications:Delivery: MaxAttempts and BatchSize must be at least 1, RetryCount at least 0.")
            .Validate(o => TrySchedule(o), "Notifications:Delivery:Backoff must be a comma-separated list of durations (hh:mm:ss).")
            .ValidateOnStart();
        services.AddHttpClient(WebhookChannel.HttpClientName).RemoveAllLoggers(); // its request lines would quote the URL's key
        services.AddScoped<INotificationDeliveries, NotificationDeliveryStore>();
        services.AddScoped<INotificationChannel, EmailChannel>();
        services.AddScoped<INotificationChannel, WebhookChannel>();
        return services;
    }

    private static bool TrySchedule(NotificationDeliveryOptions options)
    {
        try
        {
            options.Schedule();
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
