using DeputyPortal.Api.Http;
using DeputyPortal.Application.Townships.Create;
using DeputyPortal.Application.Townships.Get;
using DeputyPortal.Application.Townships.List;
using DeputyPortal.Application.Townships.Update;
using Mediator;

namespace DeputyPortal.Api.Endpoints;

public sealed class TownshipsEndpoints : IEndpointGroup
{
    public void Map(RouteGroupBuilder api)
    {
        var townships = api.MapGroup("/townships").WithTags("乡镇 Townships");

        townships.MapGet("/", async ([AsParameters] ListTownships query, ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(query, ct)));

        townships.MapGet("/{id:guid}", async (Guid id, HttpContext http, ISender sender, CancellationToken ct) =>
            ApiResults.Ok(http, await sender.Send(new GetTownship(id), ct)));

        townships.MapPost("/", async (CreateTownship command, HttpContext http, ISender sender, CancellationToken ct) =>
        {
            var township = await sender.Send(command, ct);
            return ApiResults.Created(http, $"/api/v1/townships/{township.Id}", township);
        }).WithIdempotency();

        townships.MapPut("/{id:guid}", async (Guid id, UpdateTownship command, HttpContext http, ISender sender, CancellationToken ct) =>
            ApiResults.Ok(http, await sender.Send(command with { Id = id, ExpectedVersion = ETags.RequireIfMatch(http.Request) }, ct)));
    }
}
