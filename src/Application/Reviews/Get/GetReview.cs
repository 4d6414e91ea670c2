using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Security;
using Mediator;

namespace DeputyPortal.Application.Reviews.Get;

/// <summary>One review the caller may see (the query filter scopes it: a deputy sees only their own); anything else is not found.</summary>
[Authorize]
public sealed record GetReview(Guid Id) : IQuery<ReviewDto>;

public sealed class GetReviewHandler(IAppDbContext db) : IQueryHandler<GetReview, ReviewDto>
{
    public async ValueTask<ReviewDto> Handle(GetReview query, CancellationToken cancellationToken) =>
        await db.ToDtoAsync(await db.GetReviewAsync(query.Id, cancellationToken), cancellationToken);
}
