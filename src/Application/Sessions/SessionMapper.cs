using DeputyPortal.Application.Sessions.Attendance;
using DeputyPortal.Domain.Sessions;
using Riok.Mapperly.Abstractions;

namespace DeputyPortal.Application.Sessions;

/// <summary>
/// No queryable projection: the name (第一次会议) is computed from the number in the domain and is not a column,
/// so lists fetch a page of sessions and map it in memory.
/// </summary>
[Mapper]
public static partial class SessionMapper
{
    /// <summary>The attendance is answered by GET and PUT /sessions/{id}/attendance and counted in the duty profile, not listed with the session.</summary>
    [MapperIgnoreSource(nameof(CongressSession.Attendance))]
    public static partial SessionDto ToDto(this CongressSession session);

    public static SessionAttendanceDto ToAttendanceDto(this CongressSession session) =>
        new(session.Id, session.Version, [.. session.Attendance.Select(a => new SessionAttendanceEntry(a.DeputyId, a.Attendance, a.LeaveReason))]);
}
