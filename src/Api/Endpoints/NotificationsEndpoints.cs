using DeputyPortal.Application.Notifications.Inbox;
using Mediator;

namespace DeputyPortal.Api.Endpoints;

/// <summary>提醒: the signed-in user's own inbox.</summary>
public sealed class NotificationsEndpoints : IEndpointGroup
{
    public void Map(RouteGroupBuilder api)
    {
        var inbox = api.MapGroup("/me/notifications").WithTags("提醒 Notifications");

        inbox.MapGet("/", async ([AsParameters] ListMyNotifications query, ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(query, ct)));

        inbox.MapGet("/unread-count", async (ISender sender, CancellationToken ct) =>
            TypedResults.Ok(new { unread = await sender.Send(new CountMyUnreadNotifications(), ct) }));

        inbox.MapPost("/{id:guid}/read", async (Guid id, ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(new MarkNotificationRead(id), ct)));

        inbox.MapPost("/read-all", async (ISender sender, CancellationToken ct) =>
            TypedResults.Ok(new { marked = await sender.Send(new MarkAllNotificationsRead(), ct) }));
    }
}
