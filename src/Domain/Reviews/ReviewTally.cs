namespace DeputyPortal.Domain.Reviews;

/// <summary>The voters' representatives' votes on a deputy's report: 满意 / 基本满意 / 不满意.</summary>
public sealed record ReviewTally(int Satisfied, int BasicallySatisfied, int Dissatisfied)
{
    public int VotesCast => Satisfied + BasicallySatisfied + Dissatisfied;

    /// <summary>满意 + 基本满意.</summary>
    public int Approving => Satisfied + BasicallySatisfied;

    /// <summary>满意率: (满意 + 基本满意) ÷ votes cast, four places; null when nobody voted (never 0 or NaN).</summary>
    public decimal? SatisfactionRate =>
        VotesCast == 0 ? null : Math.Round((decimal)Approving / VotesCast, 4, MidpointRounding.AwayFromZero);
}
