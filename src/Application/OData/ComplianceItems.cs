using DeputyPortal.Domain.Compliance;

namespace DeputyPortal.Application.OData;

// The computed compliance sets of the feed (DESIGN §4, §7): decided by the same evaluators as the REST answers, from
// facts counted in SQL for every township and period at once. Counts, dates and statuses only: no personal data.

/// <summary>达标情况（季度） QuarterlyCompliance: one township in one calendar quarter, R1, R2, R3, R4 and R7 as GET /townships/{id}/compliance answers them.</summary>
public sealed class QuarterlyComplianceItem
{
    public Guid TownshipId { get; set; }

    public string TownshipCode { get; set; } = null!;

    public string TownshipName { get; set; } = null!;

    public int Year { get; set; }

    public int Quarter { get; set; }

    public DateOnly QuarterStart { get; set; }

    public DateOnly QuarterEnd { get; set; }

    /// <summary>Whether the quarter is today's (still running in Asia/Shanghai).</summary>
    public bool IsCurrent { get; set; }

    /// <summary>R1 交办的建议在办理期限内答复 replies within the deadline in force (proposals whose deadline falls in the quarter): Met, Breached or Pending.</summary>
    public ComplianceStatus R1Status { get; set; }

    public int R1Required { get; set; }

    public int R1Counted { get; set; }

    public int R1Total { get; set; }

    /// <summary>How many records keep R1 from being met (the REST answer's offenders).</summary>
    public int R1Offenders { get; set; }

    /// <summary>R2 大会期间提出的建议闭会后按期交办 session proposals assigned in time (sessions closed in the quarter): Met, Breached or Pending.</summary>
    public ComplianceStatus R2Status { get; set; }

    public int R2Required { get; set; }

    public int R2Counted { get; set; }

    public int R2Total { get; set; }

    /// <summary>How many records keep R2 from being met (the REST answer's offenders).</summary>
    public int R2Offenders { get; set; }

    /// <summary>R3 每季度召开有法定人数的主席团例会 regular presidium meetings with a quorum: Met, Breached or Pending.</summary>
    public ComplianceStatus R3Status { get; set; }

    public int R3Required { get; set; }

    public int R3Counted { get; set; }

    public int R3Total { get; set; }

    /// <summary>How many records keep R3 from being met (the REST answer's offenders).</summary>
    public int R3Offenders { get; set; }

    /// <summary>R4 每个代表小组每季度活动 every group active: Met, Breached or Pending.</summary>
    public ComplianceStatus R4Status { get; set; }

    public int R4Required { get; set; }

    public int R4Counted { get; set; }

    public int R4Total { get; set; }

    /// <summary>How many records keep R4 from being met (the REST answer's offenders).</summary>
    public int R4Offenders { get; set; }

    /// <summary>R7 每位代表每季度联系选民、固定联系选民达到人数 every deputy in touch, with enough constituents: Met, Breached or Pending.</summary>
    public ComplianceStatus R7Status { get; set; }

    public int R7Required { get; set; }

    public int R7Counted { get; set; }

    public int R7Total { get; set; }

    /// <summary>How many records keep R7 from being met (the REST answer's offenders).</summary>
    public int R7Offenders { get; set; }
}

/// <summary>代表履职达标情况 DeputyCompliance: one deputy over their term, R5 and R7 as GET /deputies/{id}/compliance answers them.</summary>
public sealed class DeputyComplianceItem
{
    public Guid DeputyId { get; set; }

    public string DeputyName { get; set; } = null!;

    public Guid TownshipId { get; set; }

    public string TownshipCode { get; set; } = null!;

    public string TownshipName { get; set; } = null!;

    public Guid TermId { get; set; }

    public int TermNumber { get; set; }

    public DateOnly TermStartsOn { get; set; }

    public DateOnly TermEndsOn { get; set; }

    /// <summary>Whether today lies in the term.</summary>
    public bool IsCurrentTerm { get; set; }

    public DateOnly? TerminatedOn { get; set; }

    /// <summary>R5 and R7 together: met when all are, breached when any is, pending otherwise.</summary>
    public ComplianceStatus Status { get; set; }

    /// <summary>R5 向选民述职 over the periods of the term begun so far (the term, or each year of it).</summary>
    public ComplianceStatus R5Status { get; set; }

    public int R5Periods { get; set; }

    public int R5PeriodsMet { get; set; }

    public int R5PeriodsBreached { get; set; }

    /// <summary>Reviews held in those periods.</summary>
    public int R5Reports { get; set; }

    public DateOnly? R5LastReportedOn { get; set; }

    /// <summary>The last day of the latest period: the deputy must have reported by it.</summary>
    public DateOnly? R5DueBy { get; set; }

    /// <summary>R7 联系选民 over the quarters of the term up to today or the end of the mandate.</summary>
    public ComplianceStatus R7Status { get; set; }

    public int R7Quarters { get; set; }

    public int R7QuartersMet { get; set; }

    public int R7QuartersBreached { get; set; }

    public int R7QuartersPending { get; set; }

    /// <summary>Active constituents assigned now.</summary>
    public int ActiveConstituents { get; set; }
}

/// <summary>代表结构 TermStructure: R10 for one township's term, as GET /townships/{id}/term-structure answers it.</summary>
public sealed class TermStructureItem
{
    public Guid TermId { get; set; }

    public Guid TownshipId { get; set; }

    public string TownshipCode { get; set; } = null!;

    public string TownshipName { get; set; } = null!;

    public int TermNumber { get; set; }

    public DateOnly TermStartsOn { get; set; }

    public DateOnly TermEndsOn { get; set; }

    public bool IsCurrentTerm { get; set; }

    /// <summary>The day ages are taken on: the election day, or the term's start.</summary>
    public DateOnly AgeOn { get; set; }

    public int Deputies { get; set; }

    public Guid? PreviousTermId { get; set; }

    public int? PreviousDeputies { get; set; }

    /// <summary>妇女代表: count, percent (one decimal), the previous term's percent and the change in points.</summary>
    public int WomenCount { get; set; }

    public decimal? WomenPercent { get; set; }

    public int? WomenPreviousCount { get; set; }

    public decimal? WomenPreviousPercent { get; set; }

    public decimal? WomenChange { get; set; }

    /// <summary>非中共党员代表: count, percent (one decimal), the previous term's percent and the change in points.</summary>
    public int NonCpcCount { get; set; }

    public decimal? NonCpcPercent { get; set; }

    public int? NonCpcPreviousCount { get; set; }

    public decimal? NonCpcPreviousPercent { get; set; }

    public decimal? NonCpcChange { get; set; }

    /// <summary>连任代表: count, percent (one decimal), the previous term's percent and the change in points.</summary>
    public int ReelectedCount { get; set; }

    public decimal? ReelectedPercent { get; set; }

    public int? ReelectedPreviousCount { get; set; }

    public decimal? ReelectedPreviousPercent { get; set; }

    public decimal? ReelectedChange { get; set; }

    /// <summary>基层代表（工人、农民、专业技术人员）: count, percent (one decimal), the previous term's percent and the change in points.</summary>
    public int GrassrootsCount { get; set; }

    public decimal? GrassrootsPercent { get; set; }

    public int? GrassrootsPreviousCount { get; set; }

    public decimal? GrassrootsPreviousPercent { get; set; }

    public decimal? GrassrootsChange { get; set; }

    /// <summary>党政领导干部代表: count, percent (one decimal), the previous term's percent and the change in points.</summary>
    public int OfficialsCount { get; set; }

    public decimal? OfficialsPercent { get; set; }

    public int? OfficialsPreviousCount { get; set; }

    public decimal? OfficialsPreviousPercent { get; set; }

    public decimal? OfficialsChange { get; set; }

    /// <summary>企业负责人代表: count, percent (one decimal), the previous term's percent and the change in points.</summary>
    public int EnterpriseHeadsCount { get; set; }

    public decimal? EnterpriseHeadsPercent { get; set; }

    public int? EnterpriseHeadsPreviousCount { get; set; }

    public decimal? EnterpriseHeadsPreviousPercent { get; set; }

    public decimal? EnterpriseHeadsChange { get; set; }

    /// <summary>少数民族代表: count, percent (one decimal), the previous term's percent and the change in points.</summary>
    public int EthnicMinoritiesCount { get; set; }

    public decimal? EthnicMinoritiesPercent { get; set; }

    public int? EthnicMinoritiesPreviousCount { get; set; }

    public decimal? EthnicMinoritiesPreviousPercent { get; set; }

    public decimal? EthnicMinoritiesChange { get; set; }

    /// <summary>40岁以下代表: count, percent (one decimal), the previous term's percent and the change in points.</summary>
    public int UnderFortyCount { get; set; }

    public decimal? UnderFortyPercent { get; set; }

    public int? UnderFortyPreviousCount { get; set; }

    public decimal? UnderFortyPreviousPercent { get; set; }

    public decimal? UnderFortyChange { get; set; }

    /// <summary>非中共党员代表不少于目标比例 (35%).</summary>
    public StructureFlagStatus NonCpcFlag { get; set; }

    /// <summary>连任代表约占目标比例 (33% ± 5).</summary>
    public StructureFlagStatus ReelectedFlag { get; set; }

    /// <summary>妇女代表比例不低于上届; null when the township's targets leave it out.</summary>
    public StructureFlagStatus? WomenFlag { get; set; }

    /// <summary>党政领导干部代表比例不高于上届; null when the township's targets leave it out.</summary>
    public StructureFlagStatus? OfficialsFlag { get; set; }
}
