using DeputyPortal.Domain.Profiles;
using DeputyPortal.Domain.Reviews;

namespace DeputyPortal.Domain.UnitTests;

public sealed class DutyScoreTests
{
    [Fact]
    public void Nothing_done_scores_zero()
    {
        Assert.Equal(0, DutyScore.Of(DutyCounts.None, DutyScoreWeights.Default));
    }

    [Fact]
    public void Score_is_the_sum_of_each_count_times_its_points_plus_the_review_outcome()
    {
        var counts = new DutyCounts(
            SessionsAttended: 1,
            PresidiumMeetingsAttended: 2,
            GroupActivitiesAttended: 3,
            GroupActivitiesMissed: 1,
            GroupActivitiesOnLeave: 5,
            SupervisionActivitiesAttended: 2,
            ProposalsLed: 1,
            ProposalsCoSigned: 2,
            ProposalsReplied: 1,
            ProposalsRated: 1,
            ContactsLogged: 4,
            ConstituentsReached: 3,
            ReceptionDays: 1,
            Trainings: 2,
            LatestReviewOutcome: ReviewOutcome.Competent,
            LatestReviewSatisfactionRate: 0.9m);

        // 10 + 2×3 + 3×4 − 4 + 2×5 + 8 + 2×3 + 4×1 + 3×2 + 3 + 2×2 + 6; leave costs nothing
        Assert.Equal(10 + 6 + 12 - 4 + 10 + 8 + 6 + 4 + 6 + 3 + 4 + 6, DutyScore.Of(counts, DutyScoreWeights.Default));
    }

    [Fact]
    public void Changed_points_change_the_score()
    {
        var counts = DutyCounts.None with { ContactsLogged = 3, LatestReviewOutcome = ReviewOutcome.Incompetent };
        Assert.Equal(3 - 10, DutyScore.Of(counts, DutyScoreWeights.Default));
        Assert.Equal(15 - 1, DutyScore.Of(counts, DutyScoreWeights.Default with { ContactLogged = 5, ReviewedIncompetent = -1 }));
    }

    [Fact]
    public void Equal_scores_share_a_rank_and_the_next_rank_skips()
    {
        var ranks = DutyScore.Rank(new Dictionary<string, int> { ["a"] = 40, ["b"] = 40, ["c"] = 12, ["d"] = 50, ["e"] = -3, ["f"] = 12 });
        Assert.Equal(1, ranks["d"]);
        Assert.Equal(2, ranks["a"]);
        Assert.Equal(2, ranks["b"]);
        Assert.Equal(4, ranks["c"]);
        Assert.Equal(4, ranks["f"]);
        Assert.Equal(6, ranks["e"]);
    }

    [Fact]
    public void No_deputies_no_ranks()
    {
        Assert.Empty(DutyScore.Rank(new Dictionary<Guid, int>()));
    }
}
