using DeputyPortal.Api.Http;
using DeputyPortal.Application.Districts.Create;
using DeputyPortal.Application.Districts.Get;
using DeputyPortal.Application.Districts.List;
using DeputyPortal.Application.Districts.Update;
using Mediator;

namespace DeputyPortal.Api.Endpoints;

public sealed class DistrictsEndpoints : IEndpointGroup
{
    public void Map(RouteGroupBuilder api)
    {
        var districts = api.MapGroup("/districts").WithTags("选区 ElectoralDistricts");

        districts.MapGet("/", async ([AsParameters] ListDistricts query, ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(query, ct)));

        districts.MapGet("/{id:guid}", async (Guid id, HttpContext http, ISender sender, CancellationToken ct) =>
            ApiResults.Ok(http, await sender.Send(new GetDistrict(id), ct)));

        districts.MapPost("/", async (CreateDistrict command, HttpContext http, ISender sender, CancellationToken ct) =>
        {
            var district = await sender.Send(command, ct);
            return ApiResults.Created(http, $"/api/v1/districts/{district.Id}", district);
        }).WithIdempotency();

        districts.MapPut("/{id:guid}", async (Guid id, UpdateDistrict command, HttpContext http, ISender sender, CancellationToken ct) =>
            ApiResults.Ok(http, await sender.Send(command with { Id = id, ExpectedVersion = ETags.RequireIfMatch(http.Request) }, ct)));
    }
}
