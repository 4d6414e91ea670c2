using DeputyPortal.Api.Http;
using DeputyPortal.Application.Presidium.Appoint;
using DeputyPortal.Application.Presidium.End;
using DeputyPortal.Application.Presidium.Get;
using DeputyPortal.Application.Presidium.List;
using Mediator;

namespace DeputyPortal.Api.Endpoints;

public sealed class PresidiumMembersEndpoints : IEndpointGroup
{
    public void Map(RouteGroupBuilder api)
    {
        var members = api.MapGroup("/presidium-members").WithTags("主席团成员 PresidiumMembers");

        members.MapGet("/", async ([AsParameters] ListPresidiumMembers query, ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(query, ct)));

        members.MapGet("/{id:guid}", async (Guid id, HttpContext http, ISender sender, CancellationToken ct) =>
            ApiResults.Ok(http, await sender.Send(new GetPresidiumMember(id), ct)));

        members.MapPost("/", async (AppointPresidiumMember command, HttpContext http, ISender sender, CancellationToken ct) =>
        {
            var member = await sender.Send(command, ct);
            return ApiResults.Created(http, $"/api/v1/presidium-members/{member.Id}", member);
        }).WithIdempotency();

        members.MapPost("/{id:guid}/end", async (Guid id, EndPresidiumPost command, HttpContext http, ISender sender, CancellationToken ct) =>
            ApiResults.Ok(http, await sender.Send(command with { Id = id, ExpectedVersion = ETags.RequireIfMatch(http.Request) }, ct)));
    }
}
