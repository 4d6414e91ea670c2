namespace DeputyPortal.Domain.Compliance;

/// <summary>
/// The cadences and numbers of DESIGN §4 (R3, R4, R6, R7) that provinces set differently; R2's month count is
/// <see cref="Proposals.ProposalRules.SessionAssignmentMonths"/>. A township's settings override the defaults.
/// </summary>
public sealed record ComplianceRules(
    int RegularMeetingsPerQuarter,
    int QuorumNumerator,
    int QuorumDenominator,
    int PassingNumerator,
    int PassingDenominator,
    int GroupActivitiesPerQuarter,
    int ContactsPerDeputyPerQuarter,
    int MinimumConstituentsPerDeputy,
    int SessionsPerYear,
    int FirstSessionDueMonth,
    int NewTermFirstSessionMonths)
{
    public static ComplianceRules Default { get; } = new(
        RegularMeetingsPerQuarter: 1,
        QuorumNumerator: 2,
        QuorumDenominator: 3,
        PassingNumerator: 1,
        PassingDenominator: 2,
        GroupActivitiesPerQuarter: 1,
        ContactsPerDeputyPerQuarter: 1,
        MinimumConstituentsPerDeputy: 10,
        SessionsPerYear: 2,
        FirstSessionDueMonth: 3,
        NewTermFirstSessionMonths: 2);

    /// <summary>The fewest members present for a quorum: at least two thirds (by default) of all members.</summary>
    public int QuorumOf(int members) => (int)Math.Ceiling(members * (decimal)QuorumNumerator / QuorumDenominator);

    /// <summary>The fewest votes for that pass a decision: more than half (by default) of all members, not of those present.</summary>
    public int MajorityOf(int members) => (int)Math.Floor(members * (decimal)PassingNumerator / PassingDenominator) + 1;
}
