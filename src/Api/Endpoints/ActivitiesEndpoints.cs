using DeputyPortal.Api.Http;
using DeputyPortal.Application.Activities.Get;
using DeputyPortal.Application.Activities.Ledger;
using DeputyPortal.Application.Activities.List;
using DeputyPortal.Application.Activities.Record;
using DeputyPortal.Application.Activities.Rectification;
using DeputyPortal.Application.Activities.Revise;
using DeputyPortal.Application.Imports;
using Mediator;

namespace DeputyPortal.Api.Endpoints;

/// <summary>Supervision and other deputy activities (监督活动、代表活动), their rectification items and the 活动台账.</summary>
public sealed class ActivitiesEndpoints : IEndpointGroup
{
    public void Map(RouteGroupBuilder api)
    {
        var activities = api.MapGroup("/activities").WithTags("活动 Activities");

        activities.MapGet("/", async ([AsParameters] ListActivities query, ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(query, ct)));

        // A literal segment: it never matches /{id:guid}, which only takes a GUID.
        activities.MapGet("/ledger.xlsx", async ([AsParameters] GetActivityLedger query, ISender sender, CancellationToken ct) =>
        {
            var file = await sender.Send(query, ct);
            return TypedResults.File(file.Content, SpreadsheetFile.ContentType, file.FileName);
        });

        activities.MapGet("/{id:guid}", async (Guid id, HttpContext http, ISender sender, CancellationToken ct) =>
            ApiResults.Ok(http, await sender.Send(new GetActivity(id), ct)));

        activities.MapPost("/", async (RecordActivity command, HttpContext http, ISender sender, CancellationToken ct) =>
        {
            var activity = await sender.Send(command, ct);
            return ApiResults.Created(http, $"/api/v1/activities/{activity.Id}", activity);
        }).WithIdempotency();

        activities.MapPut("/{id:guid}", async (Guid id, ReviseActivity command, HttpContext http, ISender sender, CancellationToken ct) =>
            ApiResults.Ok(http, await sender.Send(command with { Id = id, ExpectedVersion = ETags.RequireIfMatch(http.Request) }, ct)));

        activities.MapPost("/{id:guid}/rectification-items", async (Guid id, AddRectificationItem command, HttpContext http, ISender sender, CancellationToken ct) =>
        {
            var activity = await sender.Send(command with { ActivityId = id, ExpectedVersion = ETags.RequireIfMatch(http.Request) }, ct);
            return ApiResults.Created(http, $"/api/v1/activities/{activity.Id}", activity);
        }).WithIdempotency();

        activities.MapPut(
            "/{id:guid}/rectification-items/{itemId:guid}",
            async (Guid id, Guid itemId, ChangeRectificationItem command, HttpContext http, ISender sender, CancellationToken ct) =>
                ApiResults.Ok(http, await sender.Send(
                    command with { ActivityId = id, ItemId = itemId, ExpectedVersion = ETags.RequireIfMatch(http.Request) }, ct)));
    }
}
