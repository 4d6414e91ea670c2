using DeputyPortal.Api.Http;
using DeputyPortal.Application.Reviews.Get;
using DeputyPortal.Application.Reviews.List;
using DeputyPortal.Application.Reviews.Record;
using DeputyPortal.Application.Reviews.Revise;
using Mediator;

namespace DeputyPortal.Api.Endpoints;

/// <summary>Performance reviews (述职评议): a deputy's report to the voters, the tally and the outcome.</summary>
public sealed class ReviewsEndpoints : IEndpointGroup
{
    public void Map(RouteGroupBuilder api)
    {
        var reviews = api.MapGroup("/reviews").WithTags("述职评议 Reviews");

        reviews.MapGet("/", async ([AsParameters] ListReviews query, ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(query, ct)));

        reviews.MapGet("/{id:guid}", async (Guid id, HttpContext http, ISender sender, CancellationToken ct) =>
            ApiResults.Ok(http, await sender.Send(new GetReview(id), ct)));

        reviews.MapPost("/", async (RecordReview command, HttpContext http, ISender sender, CancellationToken ct) =>
        {
            var review = await sender.Send(command, ct);
            return ApiResults.Created(http, $"/api/v1/reviews/{review.Id}", review);
        }).WithIdempotency();

        reviews.MapPut("/{id:guid}", async (Guid id, ReviseReview command, HttpContext http, ISender sender, CancellationToken ct) =>
            ApiResults.Ok(http, await sender.Send(command with { Id = id, ExpectedVersion = ETags.RequireIfMatch(http.Request) }, ct)));
    }
}
