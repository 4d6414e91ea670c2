using DeputyPortal.Domain.Reviews;

namespace DeputyPortal.Application.OData;

/// <summary>
/// 代表履职档案 DutyProfile: one deputy in one year, every component of the duty profile beside the score and the rank
/// in the township, as GET /townships/{id}/profiles?year= answers them. Counts and the deputy's name only: no personal data.
/// </summary>
public sealed class DutyProfileItem
{
    public Guid DeputyId { get; set; }

    public int Year { get; set; }

    public string DeputyName { get; set; } = null!;

    public Guid TownshipId { get; set; }

    public string TownshipCode { get; set; } = null!;

    public string TownshipName { get; set; } = null!;

    public Guid TermId { get; set; }

    public int TermNumber { get; set; }

    public Guid DistrictId { get; set; }

    public string DistrictName { get; set; } = null!;

    /// <summary>The deputy's days of the year counted: the year within the term, cut at the termination.</summary>
    public DateOnly From { get; set; }

    public DateOnly To { get; set; }

    /// <summary>Whether the mandate ended within the days counted.</summary>
    public bool Terminated { get; set; }

    public int SessionsAttended { get; set; }

    public int PresidiumMeetingsAttended { get; set; }

    public int GroupActivitiesAttended { get; set; }

    public int GroupActivitiesMissed { get; set; }

    public int GroupActivitiesOnLeave { get; set; }

    public int SupervisionActivitiesAttended { get; set; }

    public int ProposalsLed { get; set; }

    public int ProposalsCoSigned { get; set; }

    public int ProposalsReplied { get; set; }

    public int ProposalsRated { get; set; }

    public int ContactsLogged { get; set; }

    public int ConstituentsReached { get; set; }

    public int ReceptionDays { get; set; }

    public int Trainings { get; set; }

    public ReviewOutcome? LatestReviewOutcome { get; set; }

    public decimal? LatestReviewSatisfactionRate { get; set; }

    /// <summary>履职积分 under the township's weights (settings, dutyScore).</summary>
    public int Score { get; set; }

    /// <summary>The rank in the township that year, highest score first, ties sharing a rank ("1,1,3").</summary>
    public int Rank { get; set; }

    /// <summary>How many deputies of the township the rank is among.</summary>
    public int RankedAmong { get; set; }
}
