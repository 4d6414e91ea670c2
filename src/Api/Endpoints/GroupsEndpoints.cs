using DeputyPortal.Api.Http;
using DeputyPortal.Application.Groups.Form;
using DeputyPortal.Application.Groups.Get;
using DeputyPortal.Application.Groups.List;
using DeputyPortal.Application.Groups.Reorganize;
using Mediator;

namespace DeputyPortal.Api.Endpoints;

public sealed class GroupsEndpoints : IEndpointGroup
{
    public void Map(RouteGroupBuilder api)
    {
        var groups = api.MapGroup("/groups").WithTags("代表小组 RepresentativeGroups");

        groups.MapGet("/", async ([AsParameters] ListRepresentativeGroups query, ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(query, ct)));

        groups.MapGet("/{id:guid}", async (Guid id, HttpContext http, ISender sender, CancellationToken ct) =>
            ApiResults.Ok(http, await sender.Send(new GetRepresentativeGroup(id), ct)));

        groups.MapPost("/", async (FormRepresentativeGroup command, HttpContext http, ISender sender, CancellationToken ct) =>
        {
            var group = await sender.Send(command, ct);
            return ApiResults.Created(http, $"/api/v1/groups/{group.Id}", group);
        }).WithIdempotency();

        groups.MapPut("/{id:guid}", async (Guid id, ReorganizeRepresentativeGroup command, HttpContext http, ISender sender, CancellationToken ct) =>
            ApiResults.Ok(http, await sender.Send(command with { Id = id, ExpectedVersion = ETags.RequireIfMatch(http.Request) }, ct)));
    }
}
