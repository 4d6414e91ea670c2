using DeputyPortal.Api.Http;
using DeputyPortal.Application.Constituents.ChangeStatus;
using DeputyPortal.Application.Constituents.Create;
using DeputyPortal.Application.Constituents.Get;
using DeputyPortal.Application.Constituents.List;
using DeputyPortal.Application.Constituents.Reassign;
using DeputyPortal.Application.Constituents.Update;
using Mediator;

namespace DeputyPortal.Api.Endpoints;

public sealed class ConstituentsEndpoints : IEndpointGroup
{
    public void Map(RouteGroupBuilder api)
    {
        var constituents = api.MapGroup("/constituents").WithTags("选民/联系户 Constituents");

        constituents.MapGet("/", async ([AsParameters] ListConstituents query, ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(query, ct)));

        constituents.MapGet("/{id:guid}", async (Guid id, HttpContext http, ISender sender, CancellationToken ct) =>
            ApiResults.Ok(http, await sender.Send(new GetConstituent(id), ct)));

        constituents.MapPost("/", async (CreateConstituent command, HttpContext http, ISender sender, CancellationToken ct) =>
        {
            var constituent = await sender.Send(command, ct);
            return ApiResults.Created(http, $"/api/v1/constituents/{constituent.Id}", constituent);
        }).WithIdempotency();

        constituents.MapPut("/{id:guid}", async (Guid id, UpdateConstituent command, HttpContext http, ISender sender, CancellationToken ct) =>
            ApiResults.Ok(http, await sender.Send(command with { Id = id, ExpectedVersion = ETags.RequireIfMatch(http.Request) }, ct)));

        constituents.MapPost("/{id:guid}/reassign", async (Guid id, ReassignBody body, HttpContext http, ISender sender, CancellationToken ct) =>
            ApiResults.Ok(http, await sender.Send(new ReassignConstituent(id, body.DeputyId) { ExpectedVersion = ETags.RequireIfMatch(http.Request) }, ct)));

        constituents.MapPost("/{id:guid}/deactivate", async (Guid id, HttpContext http, ISender sender, CancellationToken ct) =>
            ApiResults.Ok(http, await sender.Send(new ChangeConstituentStatus(id, Active: false) { ExpectedVersion = ETags.RequireIfMatch(http.Request) }, ct)));

        constituents.MapPost("/{id:guid}/reactivate", async (Guid id, HttpContext http, ISender sender, CancellationToken ct) =>
            ApiResults.Ok(http, await sender.Send(new ChangeConstituentStatus(id, Active: true) { ExpectedVersion = ETags.RequireIfMatch(http.Request) }, ct)));

        api.MapGet("/deputies/{deputyId:guid}/constituents", async ([AsParameters] ListDeputyConstituents query, ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(query, ct)))
            .WithTags("选民/联系户 Constituents");
    }

    /// <summary>The body of POST /constituents/{id}/reassign.</summary>
    public sealed record ReassignBody(Guid DeputyId);
}
