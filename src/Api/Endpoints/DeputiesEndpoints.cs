using DeputyPortal.Api.Http;
using DeputyPortal.Application.Deputies.Get;
using DeputyPortal.Application.Deputies.List;
using DeputyPortal.Application.Deputies.Register;
using DeputyPortal.Application.Deputies.Terminate;
using DeputyPortal.Application.Deputies.Update;
using Mediator;

namespace DeputyPortal.Api.Endpoints;

public sealed class DeputiesEndpoints : IEndpointGroup
{
    public void Map(RouteGroupBuilder api)
    {
        var deputies = api.MapGroup("/deputies").WithTags("代表 Deputies");

        deputies.MapGet("/", async ([AsParameters] ListDeputies query, ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(query, ct)));

        deputies.MapGet("/{id:guid}", async (Guid id, HttpContext http, ISender sender, CancellationToken ct) =>
            ApiResults.Ok(http, await sender.Send(new GetDeputy(id), ct)));

        deputies.MapPost("/", async (RegisterDeputy command, HttpContext http, ISender sender, CancellationToken ct) =>
        {
            var deputy = await sender.Send(command, ct);
            return ApiResults.Created(http, $"/api/v1/deputies/{deputy.Id}", deputy);
        }).WithIdempotency();

        deputies.MapPut("/{id:guid}", async (Guid id, UpdateDeputy command, HttpContext http, ISender sender, CancellationToken ct) =>
            ApiResults.Ok(http, await sender.Send(command with { Id = id, ExpectedVersion = ETags.RequireIfMatch(http.Request) }, ct)));

        deputies.MapPost("/{id:guid}/terminate", async (Guid id, TerminateDeputyMandate command, HttpContext http, ISender sender, CancellationToken ct) =>
            ApiResults.Ok(http, await sender.Send(command with { Id = id, ExpectedVersion = ETags.RequireIfMatch(http.Request) }, ct)));
    }
}
