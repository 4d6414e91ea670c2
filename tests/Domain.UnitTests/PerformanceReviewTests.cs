using DeputyPortal.Domain.Common;
using DeputyPortal.Domain.Deputies;
using DeputyPortal.Domain.Districts;
using DeputyPortal.Domain.Reviews;
using DeputyPortal.Domain.Terms;

namespace DeputyPortal.Domain.UnitTests;

/// <summary>述职评议: the satisfaction rate, the outcome proposed from the thresholds and the rules of the tally.</summary>
public sealed class PerformanceReviewTests
{
    private static readonly DateOnly Today = Fixtures.Date("2026-06-15");

    private readonly Term _term = Fixtures.Term();
    private readonly ElectoralDistrict _district;
    private readonly Deputy _deputy;

    public PerformanceReviewTests()
    {
        _district = Fixtures.District(_term);
        _deputy = Deputy.Elect(_district, Fixtures.Profile("张伟"));
    }

    [Theory]
    [InlineData(20, 6, 2, 0.9286)]
    [InlineData(1, 0, 2, 0.3333)]
    [InlineData(2, 0, 1, 0.6667)]
    [InlineData(0, 0, 5, 0)]
    [InlineData(0, 4, 0, 1)]
    public void Rate_IsApprovingOverVotesCast_FourPlaces(int satisfied, int basicallySatisfied, int dissatisfied, double expected) =>
        Assert.Equal((decimal)expected, new ReviewTally(satisfied, basicallySatisfied, dissatisfied).SatisfactionRate);

    [Fact]
    public void Rate_WithNoVotes_IsNull_AndNothingIsProposed()
    {
        var tally = new ReviewTally(0, 0, 0);

        Assert.Null(tally.SatisfactionRate);
        Assert.Null(ReviewRules.Default.Propose(tally));
    }

    [Theory]
    [InlineData(90, 10, ReviewOutcome.Excellent)]
    [InlineData(899, 101, ReviewOutcome.Competent)]
    [InlineData(70, 30, ReviewOutcome.Competent)]
    [InlineData(699, 301, ReviewOutcome.BasicallyCompetent)]
    [InlineData(50, 50, ReviewOutcome.BasicallyCompetent)]
    [InlineData(499, 501, ReviewOutcome.Incompetent)]
    public void Proposal_ReachesAThresholdExactlyOnIt(int approving, int dissatisfied, ReviewOutcome expected) =>
        Assert.Equal(expected, ReviewRules.Default.Propose(new ReviewTally(approving, 0, dissatisfied)));

    [Fact]
    public void Proposal_RoundsNothing_TwoThirdsIsBelowAThresholdOf67()
    {
        var rules = new ReviewRules(90, 67, 50);

        Assert.Equal(ReviewOutcome.BasicallyCompetent, rules.Propose(new ReviewTally(2, 0, 1)));
    }

    [Theory]
    [InlineData(90, 90, 50)]
    [InlineData(90, 70, 0)]
    [InlineData(101, 70, 50)]
    [InlineData(60, 70, 50)]
    public void Thresholds_OutOfOrder_AreRefused(int excellent, int competent, int basicallyCompetent) =>
        Assert.Equal("ReviewThresholdsInOrder", Assert.Throws<DomainRuleException>(() => new ReviewRules(excellent, competent, basicallyCompetent).RequireValid()).Rule);

    [Fact]
    public void Record_KeepsTheTallyItsRateAndTheProposal_AndNoOutcomeUntilConfirmed()
    {
        var review = Record(new ReviewTally(17, 0, 3), votersPresent: 20);

        Assert.Equal(0.85m, review.SatisfactionRate);
        Assert.Equal(ReviewOutcome.Competent, review.ProposedOutcome);
        Assert.Null(review.Outcome);
        Assert.Equal(_district.Id, review.DistrictId);
    }

    [Fact]
    public void Record_TallyOverThosePresent_IsRefused() =>
        Assert.Equal("TallyWithinPresent", Assert.Throws<DomainRuleException>(() => Record(new ReviewTally(10, 5, 6), votersPresent: 20)).Rule);

    [Fact]
    public void Record_HugeVotes_AreRefusedWithoutOverflowing() =>
        Assert.Equal("TallyNotNegative", Assert.Throws<DomainRuleException>(() => Record(new ReviewTally(int.MaxValue, int.MaxValue, 2), votersPresent: 20)).Rule);

    [Fact]
    public void Record_OutsideTheTerm_IsRefused() =>
        Assert.Equal("ReviewWithinTerm", Assert.Throws<DomainRuleException>(() => Record(new ReviewTally(1, 0, 0), 1, Fixtures.Date("2021-09-30"))).Rule);

    [Fact]
    public void Record_ForADeputyOfAnotherTerm_IsRefused()
    {
        var other = Fixtures.Term(number: 17);
        var deputy = Deputy.Elect(Fixtures.District(other), Fixtures.Profile("李娜"));

        var failure = Assert.Throws<DomainRuleException>(() => PerformanceReview.Record(_term, deputy, _district, Draft(new ReviewTally(1, 0, 0), 1, Fixtures.Date("2026-04-10")), ReviewRules.Default, Today));

        Assert.Equal("ReviewedDeputyOfTerm", failure.Rule);
    }

    [Fact]
    public void Revise_ConfirmsAnOutcome_ThatNeedNotBeTheProposal()
    {
        var review = Record(new ReviewTally(19, 0, 1), votersPresent: 20);

        review.Revise(_term, _deputy, _district, Draft(new ReviewTally(19, 0, 1), 20, Fixtures.Date("2026-04-10"), ReviewOutcome.Competent), ReviewRules.Default, Today);

        Assert.Equal((ReviewOutcome.Excellent, ReviewOutcome.Competent), (review.ProposedOutcome!.Value, review.Outcome!.Value));
    }

    private PerformanceReview Record(ReviewTally tally, int votersPresent, DateOnly? heldOn = null) =>
        PerformanceReview.Record(_term, _deputy, _district, Draft(tally, votersPresent, heldOn ?? Fixtures.Date("2026-04-10")), ReviewRules.Default, Today);

    private static ReviewDraft Draft(ReviewTally tally, int votersPresent, DateOnly heldOn, ReviewOutcome? outcome = null) =>
        new(heldOn, "村委会", ReviewForm.Oral, "述职报告", votersPresent, tally, outcome);
}
