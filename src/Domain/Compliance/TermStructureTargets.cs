using DeputyPortal.Domain.Common;

namespace DeputyPortal.Domain.Compliance;

/// <summary>
/// R10's targets for a term's deputies, as the reference election plan states them (reported, not enforced):
/// non-CPC deputies at least <see cref="NonCpcMinimumPercent"/>; re-elected deputies about
/// <see cref="ReelectedTargetPercent"/> (within <see cref="ReelectedTolerancePercent"/> either way); and, where a
/// previous term is recorded, women not below it and officials (党政领导干部) not above it.
/// </summary>
public sealed record TermStructureTargets(
    int NonCpcMinimumPercent,
    int ReelectedTargetPercent,
    int ReelectedTolerancePercent,
    bool WomenNotBelowPreviousTerm,
    bool OfficialsNotAbovePreviousTerm)
{
    public static TermStructureTargets Default { get; } = new(
        NonCpcMinimumPercent: 35,
        ReelectedTargetPercent: 33,
        ReelectedTolerancePercent: 5,
        WomenNotBelowPreviousTerm: true,
        OfficialsNotAbovePreviousTerm: true);

    public void RequireValid()
    {
        Rule.Require(NonCpcMinimumPercent is >= 0 and <= 100, "SettingInRange", "非中共党员代表比例下限须在0%至100%之间。", "termStructure.nonCpcMinimumPercent");
        Rule.Require(ReelectedTargetPercent is >= 0 and <= 100, "SettingInRange", "连任代表比例目标须在0%至100%之间。", "termStructure.reelectedTargetPercent");
        Rule.Require(ReelectedTolerancePercent is >= 0 and <= 50, "SettingInRange", "连任代表比例的允许偏差须在0至50个百分点之间。", "termStructure.reelectedTolerancePercent");
    }
}
