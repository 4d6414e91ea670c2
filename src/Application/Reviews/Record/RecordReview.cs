using DeputyPortal.Application.Common;
using DeputyPortal.Application.Common.Exceptions;
using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Application.Common.Validation;
using DeputyPortal.Application.Settings;
using DeputyPortal.Domain.Reviews;
using FluentValidation;
using Mediator;

namespace DeputyPortal.Application.Reviews.Record;

/// <summary>
/// Records a deputy's report to the voters in one of the township's terms; the outcome is proposed from the tally
/// by the township's thresholds, and confirmed at once when <see cref="Outcome"/> is given. A term of another
/// township is not found.
/// </summary>
[Authorize(Roles.TownshipSecretary)]
public sealed record RecordReview(
    Guid TownshipId,
    Guid TermId,
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
    ReviewOutcome? Outcome = null) : ICommand<ReviewDto>, ITownshipCommand, IReviewFields;

public sealed class RecordReviewValidator : AbstractValidator<RecordReview>
{
    public RecordReviewValidator()
    {
        RuleFor(c => c.TownshipId).RequiredId().WithName("乡镇");
        RuleFor(c => c.TermId).RequiredId().WithName("届");
        Include(new ReviewFieldsValidator());
    }
}

public sealed class RecordReviewHandler(IAppDbContext db, TimeProvider clock) : ICommandHandler<RecordReview, ReviewDto>
{
    public async ValueTask<ReviewDto> Handle(RecordReview command, CancellationToken cancellationToken)
    {
        var term = await db.Terms.GetAsync(command.TermId, "届", cancellationToken);
        if (term.TownshipId != command.TownshipId)
        {
            throw new NotFoundException("届", command.TermId);
        }

        var (deputy, district, draft) = await db.LoadReviewDraftAsync(command, cancellationToken);
        var rules = await db.ReviewRulesForAsync(term.TownshipId, cancellationToken);
        var review = PerformanceReview.Record(term, deputy, district, draft, rules, clock.TodayInChina());
        db.PerformanceReviews.Add(review);
        await db.SaveChangesAsync(cancellationToken);
        return await db.ToDtoAsync(review, cancellationToken);
    }
}
