using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Domain.Reviews;
using Microsoft.EntityFrameworkCore;

namespace DeputyPortal.Application.Reviews;

/// <summary>The deputies' and districts' names shown beside a page of reviews, one query per kind.</summary>
public sealed class ReviewNames
{
    private readonly Dictionary<Guid, string> _deputies;
    private readonly Dictionary<Guid, string> _districts;

    private ReviewNames(Dictionary<Guid, string> deputies, Dictionary<Guid, string> districts) => (_deputies, _districts) = (deputies, districts);

    /// <summary>Read through the caller's scope: every reader of a review reads its township's deputies and districts.</summary>
    public static async Task<ReviewNames> LoadAsync(IAppDbContext db, IReadOnlyCollection<PerformanceReview> reviews, CancellationToken ct)
    {
        var deputyIds = reviews.Select(r => r.DeputyId).Distinct().ToList();
        var districtIds = reviews.Select(r => r.DistrictId).Distinct().ToList();
        var deputies = deputyIds.Count == 0 ? [] : await db.Deputies.Where(d => deputyIds.Contains(d.Id))
            .Select(d => new { d.Id, d.Name })
            .ToDictionaryAsync(d => d.Id, d => d.Name, ct);
        var districts = districtIds.Count == 0 ? [] : await db.ElectoralDistricts.Where(d => districtIds.Contains(d.Id))
            .Select(d => new { d.Id, d.Name })
            .ToDictionaryAsync(d => d.Id, d => d.Name, ct);
        return new ReviewNames(deputies, districts);
    }

    public string Deputy(Guid id) => _deputies.GetValueOrDefault(id, string.Empty);

    public string District(Guid id) => _districts.GetValueOrDefault(id, string.Empty);
}

public static class ReviewReading
{
    public const string Resource = "述职评议";

    /// <summary>A review, or 404 if missing or out of the caller's scope (another township's, another deputy's).</summary>
    public static Task<PerformanceReview> GetReviewAsync(this IAppDbContext db, Guid id, CancellationToken ct) =>
        db.PerformanceReviews.GetAsync(id, Resource, ct);

    /// <summary>The review for a change, loaded the one way (<see cref="IAppDbContext.LoadForChangeAsync{T}"/>).</summary>
    public static Task<PerformanceReview> GetReviewForChangeAsync(this IAppDbContext db, Guid id, uint expectedVersion, CancellationToken ct) =>
        db.LoadForChangeAsync<PerformanceReview>(id, expectedVersion, Resource, ct);

    public static async Task<ReviewDto> ToDtoAsync(this IAppDbContext db, PerformanceReview review, CancellationToken ct) =>
        review.ToDto(await ReviewNames.LoadAsync(db, [review], ct));
}
