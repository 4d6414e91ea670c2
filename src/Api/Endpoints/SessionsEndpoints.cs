using DeputyPortal.Api.Http;
using DeputyPortal.Application.Sessions.Get;
using DeputyPortal.Application.Sessions.List;
using DeputyPortal.Application.Sessions.Plan;
using DeputyPortal.Application.Sessions.RecordDates;
using DeputyPortal.Application.Sessions.Attendance;
using Mediator;

namespace DeputyPortal.Api.Endpoints;

public sealed class SessionsEndpoints : IEndpointGroup
{
    public void Map(RouteGroupBuilder api)
    {
        var sessions = api.MapGroup("/sessions").WithTags("人民代表大会会议 Sessions");

        sessions.MapGet("/", async ([AsParameters] ListSessions query, ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(query, ct)));

        sessions.MapGet("/{id:guid}", async (Guid id, HttpContext http, ISender sender, CancellationToken ct) =>
            ApiResults.Ok(http, await sender.Send(new GetSession(id), ct)));

        sessions.MapPost("/", async (PlanSession command, HttpContext http, ISender sender, CancellationToken ct) =>
        {
            var session = await sender.Send(command, ct);
            return ApiResults.Created(http, $"/api/v1/sessions/{session.Id}", session);
        }).WithIdempotency();

        sessions.MapPut("/{id:guid}", async (Guid id, RecordSessionDates command, HttpContext http, ISender sender, CancellationToken ct) =>
            ApiResults.Ok(http, await sender.Send(command with { Id = id, ExpectedVersion = ETags.RequireIfMatch(http.Request) }, ct)));

        sessions.MapGet("/{id:guid}/attendance", async (Guid id, HttpContext http, ISender sender, CancellationToken ct) =>
            ApiResults.Ok(http, await sender.Send(new GetSessionAttendance(id), ct)));

        sessions.MapPut("/{id:guid}/attendance", async (Guid id, RecordSessionAttendance command, HttpContext http, ISender sender, CancellationToken ct) =>
            ApiResults.Ok(http, await sender.Send(command with { Id = id, ExpectedVersion = ETags.RequireIfMatch(http.Request) }, ct)));
    }
}
