using DeputyPortal.Domain.Common;

namespace DeputyPortal.Domain.Profiles;

/// <summary>
/// The points a duty profile's score (履职积分) gives for each thing a deputy did in the year (DESIGN §5): the score
/// is the sum of count × points over the components, so every component can be shown beside it. Missed group
/// activities (absent without leave) may cost points; leave costs nothing. A township's settings override the defaults.
/// </summary>
public sealed record DutyScoreWeights(
    int SessionAttended,
    int PresidiumMeetingAttended,
    int GroupActivityAttended,
    int GroupActivityMissed,
    int SupervisionActivityAttended,
    int ProposalLed,
    int ProposalCoSigned,
    int ContactLogged,
    int ConstituentReached,
    int ReceptionDay,
    int Training,
    int ReviewedExcellent,
    int ReviewedCompetent,
    int ReviewedBasicallyCompetent,
    int ReviewedIncompetent)
{
    public const int MinPoints = -50;
    public const int MaxPoints = 50;

    public static DutyScoreWeights Default { get; } = new(
        SessionAttended: 10,
        PresidiumMeetingAttended: 3,
        GroupActivityAttended: 4,
        GroupActivityMissed: -4,
        SupervisionActivityAttended: 5,
        ProposalLed: 8,
        ProposalCoSigned: 3,
        ContactLogged: 1,
        ConstituentReached: 2,
        ReceptionDay: 3,
        Training: 2,
        ReviewedExcellent: 10,
        ReviewedCompetent: 6,
        ReviewedBasicallyCompetent: 2,
        ReviewedIncompetent: -10);

    public IEnumerable<(string Field, int Points)> All()
    {
        yield return (nameof(SessionAttended), SessionAttended);
        yield return (nameof(PresidiumMeetingAttended), PresidiumMeetingAttended);
        yield return (nameof(GroupActivityAttended), GroupActivityAttended);
        yield return (nameof(GroupActivityMissed), GroupActivityMissed);
        yield return (nameof(SupervisionActivityAttended), SupervisionActivityAttended);
        yield return (nameof(ProposalLed), ProposalLed);
        yield return (nameof(ProposalCoSigned), ProposalCoSigned);
        yield return (nameof(ContactLogged), ContactLogged);
        yield return (nameof(ConstituentReached), ConstituentReached);
        yield return (nameof(ReceptionDay), ReceptionDay);
        yield return (nameof(Training), Training);
        yield return (nameof(ReviewedExcellent), ReviewedExcellent);
        yield return (nameof(ReviewedCompetent), ReviewedCompetent);
        yield return (nameof(ReviewedBasicallyCompetent), ReviewedBasicallyCompetent);
        yield return (nameof(ReviewedIncompetent), ReviewedIncompetent);
    }

    public void RequireValid()
    {
        foreach (var (field, points) in All())
        {
            Rule.Require(
                points is >= MinPoints and <= MaxPoints,
                "SettingInRange",
                $"履职积分的每项分值须在{MinPoints}至{MaxPoints}之间。",
                "dutyScore." + char.ToLowerInvariant(field[0]) + field[1..]);
        }
    }
}
