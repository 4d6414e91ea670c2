using DeputyPortal.Domain.Common;
using DeputyPortal.Domain.Compliance;
using DeputyPortal.Domain.Profiles;
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

    /// <summary>The cadences and numbers of the compliance rules (DESIGN §4); stored as one group.</summary>
    public ComplianceRules Compliance { get; private set; } = ComplianceRules.Default;

    /// <summary>The satisfaction rates from which a performance review's outcome is proposed.</summary>
    public ReviewRules Reviews { get; private set; } = ReviewRules.Default;

    /// <summary>R5: how often a deputy reports to voters, and when a deputy not yet reviewed is reminded.</summary>
    public VoterReportRules VoterReports { get; private set; } = VoterReportRules.Default;

    /// <summary>R10: the term structure's targets.</summary>
    public TermStructureTargets TermStructure { get; private set; } = TermStructureTargets.Default;

    /// <summary>The points of the duty profile's score (DESIGN §5).</summary>
    public DutyScoreWeights DutyScore { get; private set; } = DutyScoreWeights.Default;

    public ProposalRules Proposals => new(
        MotionMinimumSigners, HandlingMonths, ComplexHandlingMonths, SessionAssignmentMonths, CoUnitInputMonths,
        ReturnWindowDays, EvaluationWorkingDays, RehandlingMonths, YellowWarningDays, RedWarningDays, ProposalCategories);

    public static TownshipSettings DefaultsFor(Guid townshipId)
    {
        var settings = new TownshipSettings { TownshipId = townshipId };
        settings.Change(ProposalRules.Default);
        return settings;
    }

    /// <summary>The satisfaction rates from which a performance review's outcome is proposed.</summary>
    public void ChangeReviews(ReviewRules rules)
    {
        rules.RequireValid();
        Reviews = rules;
    }

    /// <summary>The cadences and numbers of the compliance rules (DESIGN §4).</summary>
    public void ChangeCompliance(ComplianceRules rules)
    {
        rules.RequireValid();
        Compliance = rules;
    }

    public void ChangeVoterReports(VoterReportRules rules)
    {
        rules.RequireValid();
        VoterReports = rules;
    }

    public void ChangeTermStructure(TermStructureTargets targets)
    {
        targets.RequireValid();
        TermStructure = targets;
    }

    public void ChangeDutyScore(DutyScoreWeights weights)
    {
        weights.RequireValid();
        DutyScore = weights;
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
