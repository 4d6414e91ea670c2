using DeputyPortal.Application.Common.Security;
using DeputyPortal.Domain.Notifications;
using Mediator;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DeputyPortal.Application.Notifications.Delivery;

/// <summary>
/// Sends the reminders' pending deliveries (e-mail, group robots): claims the due ones, sends each channel's in its own
/// lane (a slow or failing channel holds up no other), then records each outcome. A failure is tried again after the
/// back-off and is failed for good after the last attempt. Not a command on purpose: no transaction is held open while
/// messages go out; the claim and each outcome are committed on their own. Answers how many were sent.
/// </summary>
[Authorize(Roles.SystemOnly)]
public sealed record DispatchNotificationDeliveries : IRequest<int>;

public sealed partial class DispatchNotificationDeliveriesHandler(
    INotificationDeliveries deliveries,
    IEnumerable<INotificationChannel> channels,
    TimeProvider clock,
    IOptions<NotificationDeliveryOptions> options,
    ILogger<DispatchNotificationDeliveriesHandler> logger) : IRequestHandler<DispatchNotificationDeliveries, int>
{
    public async ValueTask<int> Handle(DispatchNotificationDeliveries request, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = clock.GetUtcNow();
        var claimed = await deliveries.ClaimDueAsync(now, now + settings.ClaimFor, settings.BatchSize, cancellationToken);
        if (claimed.Count == 0)
        {
            return 0;
        }

        var byChannel = channels.ToDictionary(c => c.Channel);
        var lanes = claimed.GroupBy(m => m.Channel).Select(lane => SendAllAsync(lane, byChannel.GetValueOrDefault(lane.Key), cancellationToken));
        var outcomes = (await Task.WhenAll(lanes)).SelectMany(o => o).ToList();

        var schedule = settings.Schedule();
        var finishedAt = clock.GetUtcNow();
        foreach (var (message, error) in outcomes)
        {
            if (error is null)
            {
                await deliveries.MarkSentAsync(message.DeliveryId, finishedAt, cancellationToken);
                continue;
            }

            var next = schedule.NextAttemptAfterFailure(message.Attempts, finishedAt);
            await deliveries.MarkAttemptFailedAsync(message.DeliveryId, next, error, cancellationToken);
            if (next is null)
            {
                LogFailedForGood(message.DeliveryId, message.Channel, message.Attempts, error);
            }
            else
            {
                LogWillRetry(message.DeliveryId, message.Channel, message.Attempts, schedule.MaxAttempts, error);
            }
        }

        return outcomes.Count(o => o.Error is null);
    }

    private static async Task<List<(DeliveryMessage Message, string? Error)>> SendAllAsync(
        IEnumerable<DeliveryMessage> lane, INotificationChannel? channel, CancellationToken ct)
    {
        var outcomes = new List<(DeliveryMessage, string?)>();
        foreach (var message in lane)
        {
            outcomes.Add((message, await SendOneAsync(message, channel, ct)));
        }

        return outcomes;
    }

    private static async Task<string?> SendOneAsync(DeliveryMessage message, INotificationChannel? channel, CancellationToken ct)
    {
        if (channel is null)
        {
            return "此渠道未配置。";
        }

        try
        {
            await channel.SendAsync(message, ct);
            return null;
        }
        catch (DeliveryFailedException failed)
        {
            return failed.Message;
        }
        catch (Exception unexpected) when (unexpected is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            // Only the type: an unexpected exception's text is not known to be free of addresses or secrets.
            return $"发送出错（{unexpected.GetType().Name}）。";
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Delivery {DeliveryId} on {Channel} failed, attempt {Attempt} of {MaxAttempts}; will retry: {Error}")]
    private partial void LogWillRetry(Guid deliveryId, NotificationChannel channel, int attempt, int maxAttempts, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Delivery {DeliveryId} on {Channel} failed for good after {Attempt} attempts: {Error}")]
    private partial void LogFailedForGood(Guid deliveryId, NotificationChannel channel, int attempt, string error);
}
