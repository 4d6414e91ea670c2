using DeputyPortal.Api.Http;
using DeputyPortal.Application.HandlingUnits.ChangeStatus;
using DeputyPortal.Application.HandlingUnits.Get;
using DeputyPortal.Application.HandlingUnits.List;
using DeputyPortal.Application.HandlingUnits.Register;
using DeputyPortal.Application.HandlingUnits.Update;
using Mediator;

namespace DeputyPortal.Api.Endpoints;

public sealed class HandlingUnitsEndpoints : IEndpointGroup
{
    public void Map(RouteGroupBuilder api)
    {
        var units = api.MapGroup("/handling-units").WithTags("承办单位 HandlingUnits");

        units.MapGet("/", async ([AsParameters] ListHandlingUnits query, ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(query, ct)));

        units.MapGet("/{id:guid}", async (Guid id, HttpContext http, ISender sender, CancellationToken ct) =>
            ApiResults.Ok(http, await sender.Send(new GetHandlingUnit(id), ct)));

        units.MapPost("/", async (RegisterHandlingUnit command, HttpContext http, ISender sender, CancellationToken ct) =>
        {
            var unit = await sender.Send(command, ct);
            return ApiResults.Created(http, $"/api/v1/handling-units/{unit.Id}", unit);
        }).WithIdempotency();

        units.MapPut("/{id:guid}", async (Guid id, UpdateHandlingUnit command, HttpContext http, ISender sender, CancellationToken ct) =>
            ApiResults.Ok(http, await sender.Send(command with { Id = id, ExpectedVersion = ETags.RequireIfMatch(http.Request) }, ct)));

        units.MapPost("/{id:guid}/deactivate", async (Guid id, HttpContext http, ISender sender, CancellationToken ct) =>
            ApiResults.Ok(http, await sender.Send(new ChangeHandlingUnitStatus(id, Active: false) { ExpectedVersion = ETags.RequireIfMatch(http.Request) }, ct)));

        units.MapPost("/{id:guid}/reactivate", async (Guid id, HttpContext http, ISender sender, CancellationToken ct) =>
            ApiResults.Ok(http, await sender.Send(new ChangeHandlingUnitStatus(id, Active: true) { ExpectedVersion = ETags.RequireIfMatch(http.Request) }, ct)));
    }
}
