using DeputyPortal.Api.Http;
using DeputyPortal.Application.Meetings.Get;
using DeputyPortal.Application.Meetings.List;
using DeputyPortal.Application.Meetings.Record;
using DeputyPortal.Application.Meetings.Revise;
using Mediator;

namespace DeputyPortal.Api.Endpoints;

public sealed class PresidiumMeetingsEndpoints : IEndpointGroup
{
    public void Map(RouteGroupBuilder api)
    {
        var meetings = api.MapGroup("/presidium-meetings").WithTags("主席团会议 PresidiumMeetings");

        meetings.MapGet("/", async ([AsParameters] ListPresidiumMeetings query, ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(query, ct)));

        meetings.MapGet("/{id:guid}", async (Guid id, HttpContext http, ISender sender, CancellationToken ct) =>
            ApiResults.Ok(http, await sender.Send(new GetPresidiumMeeting(id), ct)));

        meetings.MapPost("/", async (RecordPresidiumMeeting command, HttpContext http, ISender sender, CancellationToken ct) =>
        {
            var meeting = await sender.Send(command, ct);
            return ApiResults.Created(http, $"/api/v1/presidium-meetings/{meeting.Id}", meeting);
        }).WithIdempotency();

        meetings.MapPut("/{id:guid}", async (Guid id, RevisePresidiumMeeting command, HttpContext http, ISender sender, CancellationToken ct) =>
            ApiResults.Ok(http, await sender.Send(command with { Id = id, ExpectedVersion = ETags.RequireIfMatch(http.Request) }, ct)));
    }
}
