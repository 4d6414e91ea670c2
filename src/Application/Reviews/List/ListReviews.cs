using DeputyPortal.Application.Common.Paging;
using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Domain.Reviews;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DeputyPortal.Application.Reviews.List;

/// <summary>
/// Reviews the caller may see (a deputy: their own; a unit officer: none; a secretary or presidium member: their
/// township; county staff and administrators: all), filtered, sorted and paged.
/// </summary>
[Authorize]
public sealed record ListReviews(
    Guid? TownshipId = null,
    Guid? TermId = null,
    Guid? DeputyId = null,
    Guid? DistrictId = null,
    int? Year = null,
    DateOnly? From = null,
    DateOnly? To = null,
    ReviewForm? Form = null,
    ReviewOutcome? Outcome = null,
    ReviewOutcome? ProposedOutcome = null,
    bool? Confirmed = null,
    int Page = 1,
    int PageSize = Paging.DefaultPageSize,
    string? Sort = null) : IQuery<PagedList<ReviewDto>>, IPagedQuery;

public sealed class ListReviewsValidator : AbstractValidator<ListReviews>
{
    public ListReviewsValidator()
    {
        Include(new PagedQueryValidator(ReviewSort.Keys.Keys));
        RuleFor(q => q.Year).InclusiveBetween(1900, 2100).WithErrorCode("YearInRange").WithMessage("{PropertyName}须在1900至2100之间。").WithName("年度");
        RuleFor(q => q.Form).IsInEnum().WithErrorCode("KnownValue").WithMessage("{PropertyName}的取值无效。").WithName("述职形式");
        RuleFor(q => q.Outcome).IsInEnum().WithErrorCode("KnownValue").WithMessage("{PropertyName}的取值无效。").WithName("评议结果");
        RuleFor(q => q.ProposedOutcome).IsInEnum().WithErrorCode("KnownValue").WithMessage("{PropertyName}的取值无效。").WithName("建议评议结果");
        RuleFor(q => q.To)
            .Must((q, to) => to is null || q.From is null || to >= q.From)
            .WithErrorCode("DateRangeInOrder")
            .WithMessage("述职日期的截止日不能早于起始日。")
            .WithName("述职日期");
    }
}

/// <summary>The sort keys of the review list; the latest first unless asked otherwise.</summary>
public static class ReviewSort
{
    public const string Default = "-heldOn";

    internal static readonly SortMap<PerformanceReview> Keys = new SortMap<PerformanceReview>(r => r.Id)
        .Add("heldOn", r => r.HeldOn)
        .Add("satisfactionRate", r => r.SatisfactionRate)
        .Add("votersPresent", r => r.VotersPresent);
}

public sealed class ListReviewsHandler(IAppDbContext db) : IQueryHandler<ListReviews, PagedList<ReviewDto>>
{
    public async ValueTask<PagedList<ReviewDto>> Handle(ListReviews query, CancellationToken cancellationToken)
    {
        var yearStart = query.Year is { } y ? new DateOnly(y, 1, 1) : default;
        var yearEnd = query.Year is { } year ? new DateOnly(year, 12, 31) : default;
        var reviews = db.PerformanceReviews.AsNoTracking()
            .WhereIf(query.TownshipId is not null, r => r.TownshipId == query.TownshipId)
            .WhereIf(query.TermId is not null, r => r.TermId == query.TermId)
            .WhereIf(query.DeputyId is not null, r => r.DeputyId == query.DeputyId)
            .WhereIf(query.DistrictId is not null, r => r.DistrictId == query.DistrictId)
            .WhereIf(query.Year is not null, r => r.HeldOn >= yearStart && r.HeldOn <= yearEnd)
            .WhereIf(query.From is not null, r => r.HeldOn >= query.From)
            .WhereIf(query.To is not null, r => r.HeldOn <= query.To)
            .WhereIf(query.Form is not null, r => r.Form == query.Form)
            .WhereIf(query.Outcome is not null, r => r.Outcome == query.Outcome)
            .WhereIf(query.ProposedOutcome is not null, r => r.ProposedOutcome == query.ProposedOutcome)
            .WhereIf(query.Confirmed is not null, r => (r.Outcome != null) == query.Confirmed);
        var page = await ReviewSort.Keys.Apply(reviews, query.Sort, ReviewSort.Default).ToPageAsync(query, cancellationToken);
        var names = await ReviewNames.LoadAsync(db, page.Items, cancellationToken);
        return page.Map(r => r.ToDto(names));
    }
}
