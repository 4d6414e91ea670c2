using DeputyPortal.Application.Common;
using DeputyPortal.Domain.Compliance;
using DeputyPortal.Domain.Profiles;
using DeputyPortal.Domain.Reviews;

namespace DeputyPortal.Application.Settings;

/// <summary>
/// The numbers a township works by: its own stored settings, or the defaults of DESIGN §3–§4 while it has none
/// (then <see cref="Version"/> is 0, and the ETag "0" lets an admin create the township's row with a change).
/// </summary>
public sealed record TownshipSettingsDto(
    Guid TownshipId,
    int MotionMinimumSigners,
    int HandlingMonths,
    int ComplexHandlingMonths,
    int SessionAssignmentMonths,
    int CoUnitInputMonths,
    int ReturnWindowDays,
    int EvaluationWorkingDays,
    int RehandlingMonths,
    int YellowWarningDays,
    int RedWarningDays,
    IReadOnlyList<string> ProposalCategories,
    ComplianceRules Compliance,
    ReviewRules Reviews,
    VoterReportRules VoterReports,
    TermStructureTargets TermStructure,
    DutyScoreWeights DutyScore,
    uint Version) : IVersioned;
