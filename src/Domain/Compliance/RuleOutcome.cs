namespace DeputyPortal.Domain.Compliance;

/// <summary>
/// The answer to one compliance rule (DESIGN §4) for one period: its status, the numbers behind it and what keeps it
/// from being met (the offenders: which proposals, meetings, groups, deputies or parts of the rule).
/// </summary>
/// <param name="Rule">The rule's id: R1, R2, R3, R4, R6 or R7.</param>
/// <param name="Title">What the rule asks, in Chinese, with the township's numbers.</param>
/// <param name="DueBy">The last day on which the rule can still be met; after it an unmet rule is breached.</param>
/// <param name="Required">How many are asked for (meetings, groups, deputies, proposals, sessions).</param>
/// <param name="Counted">How many of them count towards the rule.</param>
/// <param name="Total">How many there are in all, counting or not.</param>
public sealed record RuleOutcome(
    string Rule,
    string Title,
    ComplianceStatus Status,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    DateOnly DueBy,
    int Required,
    int Counted,
    int Total,
    IReadOnlyList<Offender> Offenders,
    string Summary);

/// <summary>One thing that keeps a rule from being met, and why.</summary>
/// <param name="Kind">proposal, meeting, group, deputy, year, firstSession or term.</param>
/// <param name="Id">The record's id; null for a part of a rule that is no single record (the year's count of sessions).</param>
public sealed record Offender(string Kind, Guid? Id, string Name, string Reason);

/// <summary>The kinds of <see cref="Offender"/>.</summary>
public static class OffenderKinds
{
    public const string Proposal = "proposal";
    public const string Meeting = "meeting";
    public const string Group = "group";
    public const string Deputy = "deputy";
    public const string Year = "year";
    public const string FirstSession = "firstSession";
    public const string Term = "term";
}
