using DeputyPortal.Application.Common;
using DeputyPortal.Application.Common.Security;
using Mediator;

namespace DeputyPortal.Application.Activities.Get;

/// <summary>One activity the caller may see (the query filter scopes it); anything else is not found.</summary>
[Authorize]
public sealed record GetActivity(Guid Id) : IQuery<ActivityDto>;

public sealed class GetActivityHandler(Common.Persistence.IAppDbContext db, TimeProvider clock) : IQueryHandler<GetActivity, ActivityDto>
{
    public async ValueTask<ActivityDto> Handle(GetActivity query, CancellationToken cancellationToken) =>
        await db.ToDtoAsync(await db.GetActivityAsync(query.Id, cancellationToken), clock.TodayInChina(), cancellationToken);
}
