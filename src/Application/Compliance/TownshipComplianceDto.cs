using DeputyPortal.Domain.Common;
using DeputyPortal.Domain.Compliance;

namespace DeputyPortal.Application.Compliance;

/// <summary>
/// A township's compliance for one quarter (R1, R2, R3, R4, R7) and for the quarter's year (R6), as of today in
/// Asia/Shanghai, with the settings the answers were decided by.
/// </summary>
public sealed record TownshipComplianceDto(
    Guid TownshipId,
    string TownshipName,
    int Year,
    int Quarter,
    string QuarterName,
    DateOnly QuarterStart,
    DateOnly QuarterEnd,
    DateOnly AsOf,
    IReadOnlyList<RuleOutcomeDto> Rules,
    IReadOnlyList<RuleOutcomeDto> YearRules,
    ComplianceSettingsDto Settings);

/// <summary>One rule's answer; <see cref="StatusLabel"/> is the status in Chinese (已达标 / 未达标 / 进行中).</summary>
public sealed record RuleOutcomeDto(
    string Rule,
    string Title,
    ComplianceStatus Status,
    string StatusLabel,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    DateOnly DueBy,
    int Required,
    int Counted,
    int Total,
    IReadOnlyList<Offender> Offenders,
    string Summary)
{
    public static RuleOutcomeDto From(RuleOutcome outcome) => new(
        outcome.Rule,
        outcome.Title,
        outcome.Status,
        outcome.Status.Label(),
        outcome.PeriodStart,
        outcome.PeriodEnd,
        outcome.DueBy,
        outcome.Required,
        outcome.Counted,
        outcome.Total,
        outcome.Offenders,
        outcome.Summary);
}

/// <summary>The township's numbers the answers used: its compliance settings and R2's month count (a proposal setting).</summary>
public sealed record ComplianceSettingsDto(ComplianceRules Compliance, int SessionAssignmentMonths);
