using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Security;
using Mediator;

namespace DeputyPortal.Application.Sessions.Attendance;

/// <summary>Who attended a congress session, as last recorded; its version is the session's, the ETag a change sends back.</summary>
[Authorize]
public sealed record GetSessionAttendance(Guid Id) : IQuery<SessionAttendanceDto>;

public sealed class GetSessionAttendanceHandler(IAppDbContext db) : IQueryHandler<GetSessionAttendance, SessionAttendanceDto>
{
    public async ValueTask<SessionAttendanceDto> Handle(GetSessionAttendance query, CancellationToken cancellationToken) =>
        (await db.CongressSessions.GetAsync(query.Id, "会议", cancellationToken)).ToAttendanceDto();
}
