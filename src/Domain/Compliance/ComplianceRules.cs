using DeputyPortal.Domain.Common;

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

    public void RequireValid()
    {
        Rule.Require(RegularMeetingsPerQuarter is >= 1 and <= 6, "SettingInRange", "每季度主席团例会次数须在1至6之间。", "regularMeetingsPerQuarter");
        Rule.Require(
            QuorumDenominator is >= 2 and <= 10 && QuorumNumerator >= 1 && QuorumNumerator <= QuorumDenominator
                && QuorumNumerator * 2 > QuorumDenominator,
            "SettingInRange",
            "法定出席比例须超过半数且不超过全体（如2/3）。",
            "quorumNumerator");
        Rule.Require(
            PassingDenominator is >= 2 and <= 10 && PassingNumerator >= 1 && PassingNumerator < PassingDenominator
                && PassingNumerator * 2 >= PassingDenominator,
            "SettingInRange",
            "表决通过比例须不少于半数且少于全体（如1/2，即过半数）。",
            "passingNumerator");
        Rule.Require(GroupActivitiesPerQuarter is >= 1 and <= 12, "SettingInRange", "代表小组每季度活动次数须在1至12之间。", "groupActivitiesPerQuarter");
        Rule.Require(ContactsPerDeputyPerQuarter is >= 1 and <= 30, "SettingInRange", "代表每季度联系选民次数须在1至30之间。", "contactsPerDeputyPerQuarter");
        Rule.Require(MinimumConstituentsPerDeputy is >= 1 and <= 200, "SettingInRange", "代表固定联系选民人数须在1至200之间。", "minimumConstituentsPerDeputy");
        Rule.Require(SessionsPerYear is >= 1 and <= 6, "SettingInRange", "每年人代会会议次数须在1至6之间。", "sessionsPerYear");
        Rule.Require(FirstSessionDueMonth is >= 1 and <= 12, "SettingInRange", "第一次会议的最迟月份须在1至12之间。", "firstSessionDueMonth");
        Rule.Require(NewTermFirstSessionMonths is >= 1 and <= 6, "SettingInRange", "换届后第一次会议期限须在1至6个月之间。", "newTermFirstSessionMonths");
    }

    /// <summary>The fewest members present for a quorum: at least two thirds (by default) of all members.</summary>
    public int QuorumOf(int members) => (int)Math.Ceiling(members * (decimal)QuorumNumerator / QuorumDenominator);

    /// <summary>The fewest votes for that pass a decision: more than half (by default) of all members, not of those present.</summary>
    public int MajorityOf(int members) => (int)Math.Floor(members * (decimal)PassingNumerator / PassingDenominator) + 1;
}
