using System.Text.Json.Serialization;
using DeputyPortal.Application.Common;
using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Application.Settings;
using DeputyPortal.Domain.Reviews;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DeputyPortal.Application.Reviews.Revise;

/// <summary>
/// Replaces everything recorded for a review, the confirmed outcome included: this is also how the secretary
/// confirms or changes the outcome (send the review back with <see cref="Outcome"/> set). The proposal is made
/// afresh from the tally by the township's current thresholds.
/// </summary>
[Authorize(Roles.TownshipSecretary)]
public sealed record ReviseReview(
    Guid DeputyId,
    DateOnly HeldOn,
    string ReportText,
    int VotersPresent,
    int Satisfied,
    int BasicallySatisfied,
    int Dissatisfied,
    ReviewForm? Form = null,
    Guid? DistrictId = null,
    string? Venue = null,
    ReviewOutcome? Outcome = null) : ICommand<ReviewDto>, IVersionedCommand, IReviewFields
{
    [JsonIgnore]
    public Guid Id { get; init; }

    [JsonIgnore]
    public uint ExpectedVersion { get; init; }
}

public sealed class ReviseReviewValidator : AbstractValidator<ReviseReview>
{
    public ReviseReviewValidator() => Include(new ReviewFieldsValidator());
}

public sealed class ReviseReviewHandler(IAppDbContext db, TimeProvider clock) : ICommandHandler<ReviseReview, ReviewDto>
{
    public async ValueTask<ReviewDto> Handle(ReviseReview command, CancellationToken cancellationToken)
    {
        var review = await db.GetReviewForChangeAsync(command.Id, command.ExpectedVersion, cancellationToken);
        var term = await db.Terms.SingleAsync(t => t.Id == review.TermId, cancellationToken);
        var (deputy, district, draft) = await db.LoadReviewDraftAsync(command, cancellationToken);
        var rules = await db.ReviewRulesForAsync(review.TownshipId, cancellationToken);
        review.Revise(term, deputy, district, draft, rules, clock.TodayInChina());
        await db.SaveChangesAsync(cancellationToken);
        return await db.ToDtoAsync(review, cancellationToken);
    }
}
