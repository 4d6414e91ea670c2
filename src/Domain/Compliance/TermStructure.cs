using DeputyPortal.Domain.Common;
using DeputyPortal.Domain.Deputies;

namespace DeputyPortal.Domain.Compliance;

/// <summary>How a target of R10 stands: met, not met, or (for the comparisons) no previous term recorded to compare with.</summary>
public enum StructureFlagStatus
{
    [Label("达到")] Met,
    [Label("未达到")] NotMet,
    [Label("无上届可比")] NoComparison,
}

/// <summary>One share of the structure: how many deputies, their percentage (one decimal; null with no deputies), and the previous term's.</summary>
/// <param name="Change">Percentage points against the previous term, one decimal; null without a previous term.</param>
public sealed record StructureShare(
    string Key, string Label, int Count, decimal? Percent, int? PreviousCount, decimal? PreviousPercent, decimal? Change);

/// <summary>One target of R10 and how the term stands against it.</summary>
public sealed record StructureFlag(string Key, string Title, StructureFlagStatus Status, string Summary);

/// <summary>A term's deputies counted for R10: all of them, and how many each share (keyed as <see cref="TermStructure.Keys"/>) counts.</summary>
public sealed record StructureCounts(int Total, IReadOnlyDictionary<string, int> ByShare);

/// <summary>R10 for one term: the deputies counted, the shares, and the flag of each target.</summary>
/// <param name="PreviousTermName">The previous term (number − 1) compared with; null when none is recorded.</param>
public sealed record TermStructureOutcome(
    int Deputies,
    DateOnly AgeOn,
    string? PreviousTermName,
    int? PreviousDeputies,
    IReadOnlyList<StructureShare> Shares,
    IReadOnlyList<StructureFlag> Flags);

/// <summary>
/// R10 (DESIGN §4, reported, not enforced): the structure of a term's deputies as elected. Everyone elected for the
/// term counts, a deputy whose mandate later ended included, since the targets are those of the election plan. The
/// age of "under 40" is taken on the election day (the term's start when none is recorded). The targets come from
/// <see cref="TermStructureTargets"/>; a comparison with the previous term, when none is recorded, is "no comparison",
/// never a miss. Shares are compared exactly (counts cross-multiplied), not by their rounded percentages.
/// </summary>
public static class TermStructure
{
    public const string Women = "women";
    public const string NonCpc = "nonCpc";
    public const string Reelected = "reelected";
    public const string Grassroots = "grassroots";
    public const string Officials = "officials";
    public const string EnterpriseHeads = "enterpriseHeads";
    public const string EthnicMinorities = "ethnicMinorities";
    public const string UnderForty = "underForty";

    /// <summary>The ethnicity that is not a minority.</summary>
    public const string Han = "汉族";

    public const int YouthAge = 40;

    private static readonly (string Key, string Label, Func<StructureDeputyFact, DateOnly, bool> Counts)[] Measures =
    [
        (Women, "妇女代表", (d, _) => d.Gender == Gender.Female),
        (NonCpc, "非中共党员代表", (d, _) => d.Party != PartyAffiliation.CpcMember),
        (Reelected, "连任代表", (d, _) => d.IsReelected),
        (Grassroots, "基层代表（工人、农民、专业技术人员）", (d, _) => d.Occupation is OccupationCategory.Worker or OccupationCategory.Farmer or OccupationCategory.Professional),
        (Officials, "党政领导干部代表", (d, _) => d.Occupation == OccupationCategory.PartyGovernmentLeader),
        (EnterpriseHeads, "企业负责人代表", (d, _) => d.Occupation == OccupationCategory.BusinessManager),
        (EthnicMinorities, "少数民族代表", (d, _) => d.Ethnicity.Trim() != Han),
        (UnderForty, "40岁以下代表", (d, on) => AgeOn(d.BirthDate, on) < YouthAge),
    ];

    /// <summary>The day ages are taken on: the term's election day, or its start when none is recorded.</summary>
    public static DateOnly AgeDay(TermFact term) => term.ElectedOn ?? term.StartsOn;

    public static int AgeOn(DateOnly birthDate, DateOnly on)
    {
        var age = on.Year - birthDate.Year;
        return birthDate.AddYears(age) > on ? age - 1 : age;
    }

    public static TermStructureOutcome Evaluate(
        TermFact term,
        IReadOnlyCollection<StructureDeputyFact> deputies,
        TermFact? previous,
        IReadOnlyCollection<StructureDeputyFact> previousDeputies,
        TermStructureTargets targets) =>
        Evaluate(term, Count(term, deputies), previous, previous is null ? null : Count(previous, previousDeputies), targets);

    /// <summary>The keys of the shares, in the order they are answered.</summary>
    public static IReadOnlyList<string> Keys { get; } = [.. Measures.Select(m => m.Key)];

    /// <summary>How many of the term's deputies each share counts, ages taken on <see cref="AgeDay"/>.</summary>
    public static StructureCounts Count(TermFact term, IReadOnlyCollection<StructureDeputyFact> deputies)
    {
        var ageOn = AgeDay(term);
        return new StructureCounts(deputies.Count, Measures.ToDictionary(m => m.Key, m => deputies.Count(d => m.Counts(d, ageOn))));
    }

    /// <summary>
    /// R10 from the counts of each share (<see cref="Count"/>'s, or the same counted in SQL for many terms at once, as
    /// the REST answer and the OData feed do), the previous term's when one is recorded.
    /// </summary>
    public static TermStructureOutcome Evaluate(
        TermFact term, StructureCounts current, TermFact? previous, StructureCounts? previousCurrent, TermStructureTargets targets)
    {
        var ageOn = AgeDay(term);
        var counts = Keys.ToDictionary(k => k, k => current.ByShare.GetValueOrDefault(k));
        var previousCounts = previous is null || previousCurrent is null
            ? null
            : Keys.ToDictionary(k => k, k => previousCurrent.ByShare.GetValueOrDefault(k));
        var total = current.Total;
        int? previousTotal = previousCounts is null ? null : previousCurrent!.Total;

        var shares = Measures.Select(m =>
        {
            var percent = Percent(counts[m.Key], total);
            int? previousCount = previousCounts?[m.Key];
            var previousPercent = previousCount is { } pc ? Percent(pc, previousTotal!.Value) : null;
            var change = percent is { } p && previousPercent is { } pp ? p - pp : (decimal?)null;
            return new StructureShare(m.Key, m.Label, counts[m.Key], percent, previousCount, previousPercent, change);
        }).ToList();

        var flags = new List<StructureFlag>();
        var nonCpc = counts[NonCpc];
        flags.Add(new StructureFlag(
            NonCpc,
            $"非中共党员代表不少于{targets.NonCpcMinimumPercent}%",
            total > 0 && nonCpc * 100 >= targets.NonCpcMinimumPercent * total ? StructureFlagStatus.Met : StructureFlagStatus.NotMet,
            $"非中共党员代表{nonCpc}名，占{Text(Percent(nonCpc, total))}，应不少于{targets.NonCpcMinimumPercent}%。"));

        var (low, high) = (Math.Max(0, targets.ReelectedTargetPercent - targets.ReelectedTolerancePercent), targets.ReelectedTargetPercent + targets.ReelectedTolerancePercent);
        var reelected = counts[Reelected];
        flags.Add(new StructureFlag(
            Reelected,
            $"连任代表约占{targets.ReelectedTargetPercent}%（{low}%至{high}%）",
            total > 0 && reelected * 100 >= low * total && reelected * 100 <= high * total ? StructureFlagStatus.Met : StructureFlagStatus.NotMet,
            $"连任代表{reelected}名，占{Text(Percent(reelected, total))}，应在{low}%至{high}%之间。"));

        if (targets.WomenNotBelowPreviousTerm)
        {
            flags.Add(Compare(Women, "妇女代表比例不低于上届", counts, previousCounts, total, previousTotal, notAbove: false));
        }

        if (targets.OfficialsNotAbovePreviousTerm)
        {
            flags.Add(Compare(Officials, "党政领导干部代表比例不高于上届", counts, previousCounts, total, previousTotal, notAbove: true));
        }

        return new TermStructureOutcome(total, ageOn, previousCounts is null ? null : previous?.Name, previousTotal, shares, flags);
    }

    /// <summary>The share in percent with one decimal, rounded half away from zero; null when nobody is counted.</summary>
    public static decimal? Percent(int count, int total) =>
        total == 0 ? null : Math.Round(count * 100m / total, 1, MidpointRounding.AwayFromZero);

    private static StructureFlag Compare(
        string key, string title, Dictionary<string, int> counts, Dictionary<string, int>? previousCounts, int total, int? previousTotal, bool notAbove)
    {
        var label = key == Women ? "妇女代表" : "党政领导干部代表";
        var now = $"{label}{counts[key]}名，占{Text(Percent(counts[key], total))}";
        if (previousCounts is null || previousTotal is not > 0 || total == 0)
        {
            return new StructureFlag(key, title, StructureFlagStatus.NoComparison, $"{now}；没有上届的记录可比。");
        }

        // count / total against previous / previousTotal, cross-multiplied so rounding never decides.
        var (left, right) = ((long)counts[key] * previousTotal.Value, (long)previousCounts[key] * total);
        var met = notAbove ? left <= right : left >= right;
        return new StructureFlag(
            key,
            title,
            met ? StructureFlagStatus.Met : StructureFlagStatus.NotMet,
            $"{now}；上届{previousCounts[key]}名，占{Text(Percent(previousCounts[key], previousTotal.Value))}。");
    }

    private static string Text(decimal? percent) =>
        percent is { } p ? p.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + "%" : "—";
}
