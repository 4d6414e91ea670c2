using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DeputyPortal.Application.Meetings.Get;

/// <summary>Deputies and handling-unit officers do not read presidium meetings; another township's is not found.</summary>
[Authorize(Roles.TownshipSecretary, Roles.PresidiumMember, Roles.CountyStaff, Roles.Admin)]
public sealed record GetPresidiumMeeting(Guid Id) : IQuery<PresidiumMeetingDto>;

public sealed class GetPresidiumMeetingHandler(IAppDbContext db, TimeProvider clock) : IQueryHandler<GetPresidiumMeeting, PresidiumMeetingDto>
{
    public async ValueTask<PresidiumMeetingDto> Handle(GetPresidiumMeeting query, CancellationToken cancellationToken)
    {
        var meeting = await db.PresidiumMeetings.AsNoTracking().AsSplitQuery().GetAsync(query.Id, MeetingReading.Resource, cancellationToken);
        return await db.ToDtoAsync(meeting, clock, cancellationToken);
    }
}
