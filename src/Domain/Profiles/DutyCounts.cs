using DeputyPortal.Domain.Reviews;

namespace DeputyPortal.Domain.Profiles;

/// <summary>
/// What one deputy did in a year, counted from the records (DESIGN §5): each component exactly once.
/// </summary>
public sealed record DutyCounts(
    int SessionsAttended,
    int PresidiumMeetingsAttended,
    int GroupActivitiesAttended,
    int GroupActivitiesMissed,
    int GroupActivitiesOnLeave,
    int SupervisionActivitiesAttended,
    int ProposalsLed,
    int ProposalsCoSigned,
    int ProposalsReplied,
    int ProposalsRated,
    int ContactsLogged,
    int ConstituentsReached,
    int ReceptionDays,
    int Trainings,
    ReviewOutcome? LatestReviewOutcome,
    decimal? LatestReviewSatisfactionRate)
{
    public static DutyCounts None { get; } = new(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, null, null);
}

/// <summary>The duty score (履职积分): Σ count × points, plus the points of the latest review's outcome; and ranks with ties ("1,1,3").</summary>
public static class DutyScore
{
    public static int Of(DutyCounts c, DutyScoreWeights w) =>
        c.SessionsAttended * w.SessionAttended
        + c.PresidiumMeetingsAttended * w.PresidiumMeetingAttended
        + c.GroupActivitiesAttended * w.GroupActivityAttended
        + c.GroupActivitiesMissed * w.GroupActivityMissed
        + c.SupervisionActivitiesAttended * w.SupervisionActivityAttended
        + c.ProposalsLed * w.ProposalLed
        + c.ProposalsCoSigned * w.ProposalCoSigned
        + c.ContactsLogged * w.ContactLogged
        + c.ConstituentsReached * w.ConstituentReached
        + c.ReceptionDays * w.ReceptionDay
        + c.Trainings * w.Training
        + c.LatestReviewOutcome switch
        {
            ReviewOutcome.Excellent => w.ReviewedExcellent,
            ReviewOutcome.Competent => w.ReviewedCompetent,
            ReviewOutcome.BasicallyCompetent => w.ReviewedBasicallyCompetent,
            ReviewOutcome.Incompetent => w.ReviewedIncompetent,
            _ => 0,
        };

    /// <summary>Competition ranks, highest score first: equal scores share a rank and the next rank skips ("1,1,3").</summary>
    public static Dictionary<TKey, int> Rank<TKey>(IReadOnlyDictionary<TKey, int> scores) where TKey : notnull
    {
        var sorted = scores.Values.OrderByDescending(s => s).ToList();
        var firstIndex = new Dictionary<int, int>();
        for (var i = 0; i < sorted.Count; i++)
        {
            firstIndex.TryAdd(sorted[i], i + 1);
        }

        return scores.ToDictionary(kv => kv.Key, kv => firstIndex[kv.Value]);
    }
}
