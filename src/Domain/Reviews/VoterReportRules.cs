using DeputyPortal.Domain.Common;

namespace DeputyPortal.Domain.Reviews;

/// <summary>How often R5 asks a deputy to report to voters (向选民述职): once per term, or (in some places) once a year.</summary>
public enum VoterReportPeriod
{
    [Label("每届一次")] Term,
    [Label("每年一次")] Year,
}

/// <summary>
/// R5's numbers: the period in which every deputy reports to voters at least once, and how many months before the
/// term ends a deputy not yet reviewed is reminded (DESIGN §6).
/// </summary>
public sealed record VoterReportRules(VoterReportPeriod Period, int ReminderMonthsBeforeTermEnd)
{
    public static VoterReportRules Default { get; } = new(VoterReportPeriod.Term, ReminderMonthsBeforeTermEnd: 12);

    public void RequireValid()
    {
        Rule.Require(Enum.IsDefined(Period), "SettingInRange", "述职周期只能是每届一次或每年一次。", "voterReports.period");
        Rule.Require(
            ReminderMonthsBeforeTermEnd is >= 1 and <= 24,
            "SettingInRange",
            "未述职提醒须在任期届满前1至24个月之间。",
            "voterReports.reminderMonthsBeforeTermEnd");
    }
}
