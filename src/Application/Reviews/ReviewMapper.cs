using System.Globalization;
using DeputyPortal.Domain.Reviews;

namespace DeputyPortal.Application.Reviews;

/// <summary>Review to DTO by hand, like activities: the names are looked up beside the ids and the label is computed.</summary>
public static class ReviewMapper
{
    public const string NoVotesLabel = "无投票";

    public static ReviewDto ToDto(this PerformanceReview review, ReviewNames names) => new()
    {
        Id = review.Id,
        TownshipId = review.TownshipId,
        TermId = review.TermId,
        DeputyId = review.DeputyId,
        DeputyName = names.Deputy(review.DeputyId),
        DistrictId = review.DistrictId,
        DistrictName = names.District(review.DistrictId),
        HeldOn = review.HeldOn,
        Venue = review.Venue,
        Form = review.Form,
        ReportText = review.ReportText,
        VotersPresent = review.VotersPresent,
        Satisfied = review.Satisfied,
        BasicallySatisfied = review.BasicallySatisfied,
        Dissatisfied = review.Dissatisfied,
        VotesCast = review.Tally.VotesCast,
        SatisfactionRate = review.SatisfactionRate,
        SatisfactionLabel = LabelOf(review.SatisfactionRate),
        ProposedOutcome = review.ProposedOutcome,
        Outcome = review.Outcome,
        IsConfirmed = review.Outcome is not null,
        Version = review.Version,
    };

    public static string LabelOf(decimal? rate) =>
        rate is { } r ? (r * 100).ToString("0.##", CultureInfo.InvariantCulture) + "%" : NoVotesLabel;
}
