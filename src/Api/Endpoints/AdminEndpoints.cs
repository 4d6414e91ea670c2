using DeputyPortal.Application.Auditing;
using DeputyPortal.Application.Notifications.Delivery;
using Mediator;

namespace DeputyPortal.Api.Endpoints;

public sealed class AdminEndpoints : IEndpointGroup
{
    public void Map(RouteGroupBuilder api)
    {
        var admin = api.MapGroup("/admin").WithTags("系统管理 Admin");
        admin.MapGet("/audit/verify", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new VerifyAuditChain(), ct)));
        admin.MapGet("/notification-deliveries", async ([AsParameters] ListNotificationDeliveries query, ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(query, ct)));
    }
}
