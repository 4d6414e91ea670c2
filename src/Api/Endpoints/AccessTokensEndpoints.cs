using DeputyPortal.Application.AccessTokens;
using DeputyPortal.Application.AccessTokens.Create;
using DeputyPortal.Application.AccessTokens.List;
using DeputyPortal.Application.AccessTokens.Revoke;
using DeputyPortal.Api.OData;
using Mediator;

namespace DeputyPortal.Api.Endpoints;

/// <summary>The signed-in user's personal access tokens for the OData feed (数据接口).</summary>
public sealed class AccessTokensEndpoints : IEndpointGroup
{
    public void Map(RouteGroupBuilder api)
    {
        var tokens = api.MapGroup("/me/access-tokens").WithTags("数据接口令牌 Access tokens");

        tokens.MapGet("/", async ([AsParameters] ListMyAccessTokens query, ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(query, ct)));

        // The only answer that carries the token; a replay of the same Idempotency-Key answers without it.
        tokens.MapPost("/", async (CreateAccessToken command, HttpContext http, ISender sender, CancellationToken ct) =>
        {
            var issued = await sender.Send(command, ct);
            return TypedResults.Created($"/api/v1/me/access-tokens/{issued.Id}", issued with { FeedUrl = FeedAddress.For(http.Request, issued.Token!) });
        }).WithIdempotency();

        tokens.MapDelete("/{id:guid}", async (Guid id, ISender sender, CancellationToken ct) =>
        {
            await sender.Send(new RevokeAccessToken(id), ct);
            return TypedResults.NoContent();
        });
    }
}
