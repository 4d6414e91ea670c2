using DeputyPortal.Application.Me;
using Mediator;

namespace DeputyPortal.Api.Endpoints;

/// <summary>The signed-in user's own things.</summary>
public sealed class MeEndpoints : IEndpointGroup
{
    public void Map(RouteGroupBuilder api)
    {
        var me = api.MapGroup("/me").WithTags("当前用户 Me");

        me.MapGet("/", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new GetMe(), ct)));

        me.MapGet("/constituents", async ([AsParameters] ListMyConstituents query, ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(query, ct)));
    }
}
