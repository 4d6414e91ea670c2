using DeputyPortal.Domain.Common;
using DeputyPortal.Domain.Compliance;
using DeputyPortal.Domain.Proposals;
using DeputyPortal.Domain.Reviews;

namespace DeputyPortal.Domain.Settings;

/// <summary>
/// A township's own numbers where its province differs from the defaults of DESIGN §3–§4. A township without a
/// stored row uses the defaults.
/// </summary>
public sealed class TownshipSettings : Entity, ITownshipScoped
{
    public const int MaxCategories = 30;

    private TownshipSettings()
    {
    }

    public Guid TownshipId { get; private set; }

    public int MotionMinimumSigners { get; private set; }

    public int HandlingMonths { get; private set; }

    public int ComplexHandlingMonths { get; private set; }

    public int SessionAssignmentMonths { get; private set; }

    public int CoUnitInputMonths { get; private set; }

    public int ReturnWindowDays { get; private set; }

    public int EvaluationWorkingDays { get; private set; }

    public int RehandlingMonths { get; private set; }

    public int YellowWarningDays { get; private set; }

    public int RedWarningDays { get; private set; }

    public List<string> ProposalCategories { get; private set; } = [];

    public int RegularMeetingsPerQuarter { get; private set; }

    public int QuorumNumerator { get; private set; }

    public int QuorumDenominator { get; private set; }

    public int PassingNumerator { get; private set; }

    public int PassingDenominator { get; private set; }

    public int GroupActivitiesPerQuarter { get; private set; }

    public int ContactsPerDeputyPerQuarter { get; private set; }

    public int MinimumConstituentsPerDeputy { get; private set; }

    public int SessionsPerYear { get; private set; }

    public int FirstSessionDueMonth { get; private set; }

    public int NewTermFirstSessionMonths { get; private set; }

    public int ReviewExcellentPercent { get; private set; }

    public int ReviewCompetentPercent { get; private set; }

    public int ReviewBasicallyCompetentPercent { get; private set; }

    public ProposalRules Proposals => new(
        MotionMinimumSigners, HandlingMonths, ComplexHandlingMonths, SessionAssignmentMonths, CoUnitInputMonths,
        ReturnWindowDays, EvaluationWorkingDays, RehandlingMonths, YellowWarningDays, RedWarningDays, ProposalCategories);

    public ComplianceRules Compliance => new(
        RegularMeetingsPerQuarter, QuorumNumerator, QuorumDenominator, PassingNumerator, PassingDenominator,
        GroupActivitiesPerQuarter, ContactsPerDeputyPerQuarter, MinimumConstituentsPerDeputy, SessionsPerYear,
        FirstSessionDueMonth, NewTermFirstSessionMonths);

    public ReviewRules Reviews => new(ReviewExcellentPercent, ReviewCompetentPercent, ReviewBasicallyCompetentPercent);

    public static TownshipSettings DefaultsFor(Guid townshipId)
    {
        var settings = new TownshipSettings { TownshipId = townshipId };
        settings.Change(ProposalRules.Default);
        settings.ChangeCompliance(ComplianceRules.Default);
        settings.ChangeReviews(ReviewRules.Default);
        return settings;
    }

    /// <summary>The satisfaction rates from which a performance review's outcome is proposed.</summary>
    public void ChangeReviews(ReviewRules rules)
    {
        rules.RequireValid();
        ReviewExcellentPercent = rules.ExcellentPercent;
        ReviewCompetentPercent = rules.CompetentPercent;
        ReviewBasicallyCompetentPercent = rules.BasicallyCompetentPercent;
    }

    /// <summary>The cadences and numbers of the compliance rules (DESIGN §4).</summary>
    public void ChangeCompliance(ComplianceRules rules)
    {
        Rule.Require(rules.RegularMeetingsPerQuarter is >= 1 and <= 6, "SettingInRange", "每季度主席团例会次数须在1至6之间。", "regularMeetingsPerQuarter");
        Rule.Require(
            rules.QuorumDenominator is >= 2 and <= 10 && rules.QuorumNumerator >= 1 && rules.QuorumNumerator <= rules.QuorumDenominator
                && rules.QuorumNumerator * 2 > rules.QuorumDenominator,
            "SettingInRange",
            "法定出席比例须超过半数且不超过全体（如2/3）。",
            "quorumNumerator");
        Rule.Require(
            rules.PassingDenominator is >= 2 and <= 10 && rules.PassingNumerator >= 1 && rules.PassingNumerator < rules.PassingDenominator
                && rules.PassingNumerator * 2 >= rules.PassingDenominator,
            "SettingInRange",
            "表决通过比例须不少于半数且少于全体（如1/2，即过半数）。",
            "passingNumerator");
        Rule.Require(rules.GroupActivitiesPerQuarter is >= 1 and <= 12, "SettingInRange", "代表小组每季度活动次数须在1至12之间。", "groupActivitiesPerQuarter");
        Rule.Require(rules.ContactsPerDeputyPerQuarter is >= 1 and <= 30, "SettingInRange", "代表每季度联系选民次数须在1至30之间。", "contactsPerDeputyPerQuarter");
        Rule.Require(rules.MinimumConstituentsPerDeputy is >= 1 and <= 200, "SettingInRange", "代表固定联系选民人数须在1至200之间。", "minimumConstituentsPerDeputy");
        Rule.Require(rules.SessionsPerYear is >= 1 and <= 6, "SettingInRange", "每年人代会会议次数须在1至6之间。", "sessionsPerYear");
        Rule.Require(rules.FirstSessionDueMonth is >= 1 and <= 12, "SettingInRange", "第一次会议的最迟月份须在1至12之间。", "firstSessionDueMonth");
        Rule.Require(rules.NewTermFirstSessionMonths is >= 1 and <= 6, "SettingInRange", "换届后第一次会议期限须在1至6个月之间。", "newTermFirstSessionMonths");

        RegularMeetingsPerQuarter = rules.RegularMeetingsPerQuarter;
        QuorumNumerator = rules.QuorumNumerator;
        QuorumDenominator = rules.QuorumDenominator;
        PassingNumerator = rules.PassingNumerator;
        PassingDenominator = rules.PassingDenominator;
        GroupActivitiesPerQuarter = rules.GroupActivitiesPerQuarter;
        ContactsPerDeputyPerQuarter = rules.ContactsPerDeputyPerQuarter;
        MinimumConstituentsPerDeputy = rules.MinimumConstituentsPerDeputy;
        SessionsPerYear = rules.SessionsPerYear;
        FirstSessionDueMonth = rules.FirstSessionDueMonth;
        NewTermFirstSessionMonths = rules.NewTermFirstSessionMonths;
    }

    public void Change(ProposalRules rules)
    {
        Rule.Require(rules.MotionMinimumSigners is >= 2 and <= 50, "SettingInRange", "议案联名人数须在2至50之间。", "motionMinimumSigners");
        Rule.Require(rules.HandlingMonths is >= 1 and <= 12, "SettingInRange", "办理期限须在1至12个月之间。", "handlingMonths");
        Rule.Require(
            rules.ComplexHandlingMonths >= rules.HandlingMonths && rules.ComplexHandlingMonths <= 24,
            "SettingInRange",
            "复杂建议的办理期限不得短于一般期限，且不超过24个月。",
            "complexHandlingMonths");
        Rule.Require(rules.SessionAssignmentMonths is >= 1 and <= 6, "SettingInRange", "会后交办期限须在1至6个月之间。", "sessionAssignmentMonths");
        Rule.Require(rules.CoUnitInputMonths is >= 1 and <= 6, "SettingInRange", "协办意见期限须在1至6个月之间。", "coUnitInputMonths");
        Rule.Require(rules.ReturnWindowDays is >= 1 and <= 60, "SettingInRange", "退回期限须在1至60日之间。", "returnWindowDays");
        Rule.Require(rules.EvaluationWorkingDays is >= 5 and <= 60, "SettingInRange", "评价期限须在5至60个工作日之间。", "evaluationWorkingDays");
        Rule.Require(rules.RehandlingMonths is >= 1 and <= 6, "SettingInRange", "重新办理期限须在1至6个月之间。", "rehandlingMonths");
        Rule.Require(rules.RedWarningDays is >= 0 and <= 60, "SettingInRange", "红色预警天数须在0至60日之间。", "redWarningDays");
        Rule.Require(
            rules.YellowWarningDays > rules.RedWarningDays && rules.YellowWarningDays <= 180,
            "YellowBeforeRed",
            "黄色预警天数必须大于红色预警天数，且不超过180日。",
            "yellowWarningDays");
        Rule.Require(
            rules.Categories.Count is >= 1 and <= MaxCategories
                && rules.Categories.Distinct().Count() == rules.Categories.Count
                && rules.Categories.All(c => !string.IsNullOrWhiteSpace(c) && c.Length <= Proposal.CategoryMaxLength),
            "CategoriesAreDistinct",
            $"建议类别须有1至{MaxCategories}项，不重复，每项不超过{Proposal.CategoryMaxLength}个字符。",
            "proposalCategories");

        MotionMinimumSigners = rules.MotionMinimumSigners;
        HandlingMonths = rules.HandlingMonths;
        ComplexHandlingMonths = rules.ComplexHandlingMonths;
        SessionAssignmentMonths = rules.SessionAssignmentMonths;
        CoUnitInputMonths = rules.CoUnitInputMonths;
        ReturnWindowDays = rules.ReturnWindowDays;
        EvaluationWorkingDays = rules.EvaluationWorkingDays;
        RehandlingMonths = rules.RehandlingMonths;
        YellowWarningDays = rules.YellowWarningDays;
        RedWarningDays = rules.RedWarningDays;
        ProposalCategories = [.. rules.Categories];
    }
}
