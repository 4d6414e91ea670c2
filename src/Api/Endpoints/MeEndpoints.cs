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

        // Ends every token and session of the account, the caller's too: sign in again with the new password.
        me.MapPost("/password", async (ChangeMyPassword command, ISender sender, CancellationToken ct) =>
        {
            (await sender.Send(command, ct)).RefuseUnlessChanged();
            return TypedResults.NoContent();
        });
    }
}
