using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Validation;
using DeputyPortal.Domain.Common;
using DeputyPortal.Domain.Deputies;
using DeputyPortal.Domain.Districts;
using DeputyPortal.Domain.Reviews;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace DeputyPortal.Application.Reviews;

/// <summary>What a secretary enters for a review, alike when recording and revising it.</summary>
public interface IReviewFields
{
    Guid DeputyId { get; }

    /// <summary>The district the deputy reported to; the deputy's own district when not given.</summary>
    Guid? DistrictId { get; }

    DateOnly HeldOn { get; }

    string? Venue { get; }

    ReviewForm? Form { get; }

    string ReportText { get; }

    int VotersPresent { get; }

    int Satisfied { get; }

    int BasicallySatisfied { get; }

    int Dissatisfied { get; }

    /// <summary>The outcome the secretary confirms; null leaves it unconfirmed (the proposal stands beside it).</summary>
    ReviewOutcome? Outcome { get; }
}

public sealed class ReviewFieldsValidator : AbstractValidator<IReviewFields>
{
    public ReviewFieldsValidator()
    {
        RuleFor(r => r.DeputyId).RequiredId().WithName("述职代表");
        RuleFor(r => r.HeldOn).NotEmpty().WithErrorCode("Required").WithMessage("{PropertyName}不能为空。").WithName("述职日期");
        RuleFor(r => r.Venue).OptionalText(PerformanceReview.VenueMaxLength).WithName("地点");
        RuleFor(r => r.Form).Required().WithName("述职形式");
        RuleFor(r => r.ReportText).RequiredText(PerformanceReview.ReportMaxLength).WithName("述职报告");
        RuleFor(r => r.Outcome).IsInEnum().WithErrorCode("KnownValue").WithMessage("{PropertyName}的取值无效。").WithName("评议结果");
        RuleFor(r => r.VotersPresent).InclusiveBetween(0, PerformanceReview.MaxVoters)
            .WithErrorCode("VotersPresentInRange").WithMessage($"{{PropertyName}}须在0至{PerformanceReview.MaxVoters}之间。").WithName("参加评议人数");
        RuleFor(r => r.Satisfied).InclusiveBetween(0, PerformanceReview.MaxVoters)
            .WithErrorCode("TallyNotNegative").WithMessage($"{{PropertyName}}须在0至{PerformanceReview.MaxVoters}之间。").WithName("满意票数");
        RuleFor(r => r.BasicallySatisfied).InclusiveBetween(0, PerformanceReview.MaxVoters)
            .WithErrorCode("TallyNotNegative").WithMessage($"{{PropertyName}}须在0至{PerformanceReview.MaxVoters}之间。").WithName("基本满意票数");
        RuleFor(r => r.Dissatisfied).InclusiveBetween(0, PerformanceReview.MaxVoters)
            .WithErrorCode("TallyNotNegative").WithMessage($"{{PropertyName}}须在0至{PerformanceReview.MaxVoters}之间。").WithName("不满意票数");
    }
}

/// <summary>Loads what a review's fields name, through the caller's scope, for the domain to check.</summary>
public static class ReviewDraftLoader
{
    /// <summary>
    /// A deputy or district the caller cannot see breaks the same rule as one of another township or term, so nothing
    /// reveals whether the id exists elsewhere.
    /// </summary>
    public static async Task<(Deputy Deputy, ElectoralDistrict District, ReviewDraft Draft)> LoadReviewDraftAsync(
        this IAppDbContext db, IReviewFields fields, CancellationToken ct)
    {
        var deputy = await db.Deputies.FirstOrDefaultAsync(d => d.Id == fields.DeputyId, ct);
        Rule.Require(deputy is not null, "ReviewedDeputyOfTerm", "述职的代表必须是本乡镇本届的代表。", "deputyId");
        var districtId = fields.DistrictId ?? deputy!.DistrictId;
        var district = await db.ElectoralDistricts.FirstOrDefaultAsync(d => d.Id == districtId, ct);
        Rule.Require(district is not null, "ReviewDistrictOfTerm", "述职的选区必须是本乡镇本届的选区。", "districtId");

        var draft = new ReviewDraft(
            fields.HeldOn,
            string.IsNullOrWhiteSpace(fields.Venue) ? null : fields.Venue.Trim(),
            fields.Form!.Value,
            fields.ReportText.Trim(),
            fields.VotersPresent,
            new ReviewTally(fields.Satisfied, fields.BasicallySatisfied, fields.Dissatisfied),
            fields.Outcome);
        return (deputy!, district!, draft);
    }
}
