using DeputyPortal.Domain.Common;
using DeputyPortal.Domain.Compliance;
using DeputyPortal.Domain.Reviews;
using DeputyPortal.Domain.Terms;

namespace DeputyPortal.Application.Compliance.Terms;

/// <summary>
/// A deputy's compliance over their term, as of today (Asia/Shanghai): R5 in each period of the term begun so far (one
/// for the term, or one per year), R7 in each quarter up to today or the end of their mandate, and the overall status
/// (met when all are, breached when any is, pending otherwise).
/// </summary>
public sealed record DeputyComplianceDto(
    Guid DeputyId,
    string DeputyName,
    Guid TownshipId,
    Guid TermId,
    string TermName,
    DateOnly TermStartsOn,
    DateOnly TermEndsOn,
    DateOnly? TerminatedOn,
    DateOnly AsOf,
    ComplianceStatus Status,
    string StatusLabel,
    IReadOnlyList<RuleOutcomeDto> VoterReports,
    IReadOnlyList<RuleOutcomeDto> Contacts);

/// <summary>One deputy's line of R5 in a township's term (or year): their status, reports, and why not yet met.</summary>
public sealed record DeputyVoterReportDto(
    Guid DeputyId,
    string Name,
    DateOnly? TerminatedOn,
    ComplianceStatus Status,
    string StatusLabel,
    DateOnly PeriodStart,
    DateOnly DueBy,
    int Reports,
    DateOnly? LastReportedOn,
    string? Reason)
{
    public static DeputyVoterReportDto From(DeputyVoterReport report) => new(
        report.DeputyId, report.Name, report.TerminatedOn, report.Status, report.Status.Label(), report.PeriodStart, report.DueBy,
        report.Reports, report.LastReportedOn, report.Reason);
}

/// <summary>R5's summary for a township's term (or year): the rule's answer, how many deputies stand where, and the setting used.</summary>
public sealed record VoterReportSummaryDto(
    Guid TownshipId,
    string TownshipName,
    Guid TermId,
    string TermName,
    string PeriodName,
    int? Year,
    DateOnly AsOf,
    int Met,
    int Pending,
    int Breached,
    RuleOutcomeDto Rule,
    VoterReportRules Settings);

/// <summary>One target of R10; <see cref="StatusLabel"/> in Chinese (达到 / 未达到 / 无上届可比).</summary>
public sealed record StructureFlagDto(string Key, string Title, StructureFlagStatus Status, string StatusLabel, string Summary)
{
    public static StructureFlagDto From(StructureFlag flag) => new(flag.Key, flag.Title, flag.Status, flag.Status.Label(), flag.Summary);
}

/// <summary>
/// R10 (reported, not enforced): the structure of a township's term as elected — every deputy elected for it, a
/// deputy whose mandate ended included; ages on <see cref="AgeOn"/> (the election day, or the term's start) — each
/// share with its count and one-decimal percentage beside the previous term's, and the flag of each target.
/// </summary>
public sealed record TermStructureDto(
    Guid TownshipId,
    string TownshipName,
    Guid TermId,
    string TermName,
    DateOnly TermStartsOn,
    DateOnly TermEndsOn,
    DateOnly AgeOn,
    DateOnly AsOf,
    int Deputies,
    Guid? PreviousTermId,
    string? PreviousTermName,
    int? PreviousDeputies,
    IReadOnlyList<StructureShare> Shares,
    IReadOnlyList<StructureFlagDto> Flags,
    TermStructureTargets Targets)
{
    internal static TermStructureDto From(
        Guid townshipId, string townshipName, Term term, Guid? previousTermId, DateOnly today, TermStructureOutcome outcome, TermStructureTargets targets) => new(
        townshipId, townshipName, term.Id, term.Name, term.StartsOn, term.EndsOn, outcome.AgeOn, today, outcome.Deputies,
        previousTermId, outcome.PreviousTermName, outcome.PreviousDeputies, outcome.Shares, [.. outcome.Flags.Select(StructureFlagDto.From)], targets);
}
