using DeputyPortal.Domain.Common;

namespace DeputyPortal.Domain.Reviews;

/// <summary>
/// The satisfaction rates, in whole percent, from which an outcome is proposed: at least
/// <see cref="ExcellentPercent"/> is 优秀, at least <see cref="CompetentPercent"/> 称职, at least
/// <see cref="BasicallyCompetentPercent"/> 基本称职, anything lower 不称职. A township's settings override the defaults.
/// </summary>
public sealed record ReviewRules(int ExcellentPercent, int CompetentPercent, int BasicallyCompetentPercent)
{
    public static ReviewRules Default { get; } = new(ExcellentPercent: 90, CompetentPercent: 70, BasicallyCompetentPercent: 50);

    /// <summary>Refuses thresholds that are not 1 ≤ 基本称职 &lt; 称职 &lt; 优秀 ≤ 100.</summary>
    public void RequireValid() =>
        Rule.Require(
            BasicallyCompetentPercent >= 1 && BasicallyCompetentPercent < CompetentPercent && CompetentPercent < ExcellentPercent && ExcellentPercent <= 100,
            "ReviewThresholdsInOrder",
            "评议结果的满意率门槛须满足 1 ≤ 基本称职 < 称职 < 优秀 ≤ 100（百分比）。",
            "reviews");

    /// <summary>
    /// The outcome the tally proposes, or null when nobody voted. Compared as whole numbers ((满意 + 基本满意) × 100 against
    /// the threshold × votes cast), so a rate exactly on a threshold reaches it, whatever the rounding of the shown rate.
    /// </summary>
    public ReviewOutcome? Propose(ReviewTally tally)
    {
        if (tally.VotesCast == 0)
        {
            return null;
        }

        var approving = (long)tally.Approving * 100;
        return approving >= (long)ExcellentPercent * tally.VotesCast ? ReviewOutcome.Excellent
            : approving >= (long)CompetentPercent * tally.VotesCast ? ReviewOutcome.Competent
            : approving >= (long)BasicallyCompetentPercent * tally.VotesCast ? ReviewOutcome.BasicallyCompetent
            : ReviewOutcome.Incompetent;
    }
}
