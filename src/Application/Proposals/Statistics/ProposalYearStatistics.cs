namespace DeputyPortal.Application.Proposals.Statistics;

/// <summary>
/// 建议办理统计: one township's proposals received in one year and how their handling stands today. The definitions
/// are those of docs/odata.md ("ProposalStatistics"); <see cref="ProposalStatisticsQuery"/> counts them in SQL.
/// </summary>
public sealed class ProposalYearStatistics
{
    public Guid TownshipId { get; set; }

    public string TownshipCode { get; set; } = null!;

    public string TownshipName { get; set; } = null!;

    /// <summary>The year (Asia/Shanghai) the proposals were submitted in.</summary>
    public int Year { get; set; }

    /// <summary>Submitted in the year, whatever happened to them since (drafts are not received).</summary>
    public int Received { get; set; }

    /// <summary>Of <see cref="Received"/>, the motions (议案).</summary>
    public int Motions { get; set; }

    /// <summary>Of <see cref="Received"/>, the suggestions, criticisms and opinions (建议、批评和意见), including converted motions.</summary>
    public int Suggestions { get; set; }

    /// <summary>Given a number (立案).</summary>
    public int Registered { get; set; }

    /// <summary>Not registered (不予立案).</summary>
    public int Rejected { get; set; }

    /// <summary>Assigned to a lead unit now (交办); one returned and not yet reassigned is not.</summary>
    public int Assigned { get; set; }

    /// <summary>Replied to at least once (答复).</summary>
    public int Replied { get; set; }

    /// <summary>Whose first reply came on or before its deadline day (the reply's <c>onTime</c>, docs/api.md §7).</summary>
    public int RepliedOnTime { get; set; }

    /// <summary><see cref="RepliedOnTime"/> ÷ <see cref="Replied"/>, four places; null while none is replied.</summary>
    public decimal? OnTimeRate { get; set; }

    /// <summary>Awaiting a reply (Assigned, Rehandling) with the deadline before today: the Proposals set's IsOverdue.</summary>
    public int OverdueNow { get; set; }

    /// <summary>By the latest reply's result class (答复类别).</summary>
    public int ClassA { get; set; }

    public int ClassB { get; set; }

    public int ClassC { get; set; }

    public int ClassD { get; set; }

    /// <summary>With a rating by the lead deputy (the latest one); a reply accepted without a rating is not rated.</summary>
    public int Rated { get; set; }

    public int Satisfied { get; set; }

    public int BasicallySatisfied { get; set; }

    public int Dissatisfied { get; set; }

    /// <summary>(满意 + 基本满意) ÷ <see cref="Rated"/>, four places; null while none is rated (never 0 for "no ratings").</summary>
    public decimal? SatisfactionRate { get; set; }
}
