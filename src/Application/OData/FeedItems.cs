using DeputyPortal.Domain.Activities;
using DeputyPortal.Domain.Deputies;
using DeputyPortal.Domain.HandlingUnits;
using DeputyPortal.Domain.Meetings;
using DeputyPortal.Domain.Proposals;
using DeputyPortal.Domain.Reviews;

namespace DeputyPortal.Application.OData;

// The rows of the OData feed (DESIGN §7): flat, read-only, projected in SQL, and free of personal data (no phone,
// address, ID number, birth date or free text written about a person). Every row that names a township carries its
// code and name, so a pivot table needs no join. The navigation properties (Township, Term) are the only ones
// $expand may follow; they are filled only when asked for, since the projection is composed in SQL.

/// <summary>乡镇 Township.</summary>
public sealed class TownshipItem
{
    public Guid Id { get; set; }

    public string Code { get; set; } = null!;

    public string Name { get; set; } = null!;

    public string County { get; set; } = null!;
}

/// <summary>届 Term.</summary>
public sealed class TermItem
{
    public Guid Id { get; set; }

    public Guid TownshipId { get; set; }

    public string TownshipCode { get; set; } = null!;

    public string TownshipName { get; set; } = null!;

    public int Number { get; set; }

    public DateOnly StartsOn { get; set; }

    public DateOnly EndsOn { get; set; }

    public DateOnly? ElectedOn { get; set; }

    public TownshipItem? Township { get; set; }
}

/// <summary>人民代表大会会议 CongressSession.</summary>
public sealed class CongressSessionItem
{
    public Guid Id { get; set; }

    public Guid TownshipId { get; set; }

    public string TownshipCode { get; set; } = null!;

    public string TownshipName { get; set; } = null!;

    public Guid TermId { get; set; }

    public int Number { get; set; }

    public DateOnly? OpenedOn { get; set; }

    public DateOnly? ClosedOn { get; set; }

    public TownshipItem? Township { get; set; }
}

/// <summary>选区 ElectoralDistrict.</summary>
public sealed class ElectoralDistrictItem
{
    public Guid Id { get; set; }

    public Guid TownshipId { get; set; }

    public string TownshipCode { get; set; } = null!;

    public string TownshipName { get; set; } = null!;

    public Guid TermId { get; set; }

    public string Name { get; set; } = null!;

    public int VoterCount { get; set; }

    public int Seats { get; set; }

    public TownshipItem? Township { get; set; }
}

/// <summary>代表 Deputy: the roster without personal data (no phone, no birth date; the birth year for age groups).</summary>
public sealed class DeputyItem
{
    public Guid Id { get; set; }

    public Guid TownshipId { get; set; }

    public string TownshipCode { get; set; } = null!;

    public string TownshipName { get; set; } = null!;

    public Guid TermId { get; set; }

    public Guid DistrictId { get; set; }

    public string Name { get; set; } = null!;

    public Gender Gender { get; set; }

    public string Ethnicity { get; set; } = null!;

    public PartyAffiliation Party { get; set; }

    public OccupationCategory Occupation { get; set; }

    public Education Education { get; set; }

    public bool IsReelected { get; set; }

    public bool IsCountyDeputy { get; set; }

    public DeputyStatus Status { get; set; }

    public DateOnly? TerminatedOn { get; set; }

    public TownshipItem? Township { get; set; }

    public TermItem? Term { get; set; }
}

/// <summary>代表小组 RepresentativeGroup.</summary>
public sealed class RepresentativeGroupItem
{
    public Guid Id { get; set; }

    public Guid TownshipId { get; set; }

    public string TownshipCode { get; set; } = null!;

    public string TownshipName { get; set; } = null!;

    public Guid TermId { get; set; }

    public string Name { get; set; } = null!;

    public Guid LeaderDeputyId { get; set; }

    public Guid? LiaisonPresidiumMemberId { get; set; }

    public int MemberCount { get; set; }

    /// <summary>The day of the latest activity the group organised; null when it organised none (a group idle this quarter: before the quarter's first day).</summary>
    public DateOnly? LastActivityOn { get; set; }

    public TownshipItem? Township { get; set; }
}

/// <summary>承办单位 HandlingUnit (without the head's name: a person).</summary>
public sealed class HandlingUnitItem
{
    public Guid Id { get; set; }

    public Guid TownshipId { get; set; }

    public string TownshipCode { get; set; } = null!;

    public string TownshipName { get; set; } = null!;

    public string Name { get; set; } = null!;

    public HandlingUnitKind Kind { get; set; }

    public bool IsActive { get; set; }

    public TownshipItem? Township { get; set; }
}

/// <summary>议案、建议 Proposal, with today's three-colour warning and overdue days (Asia/Shanghai, each township's thresholds).</summary>
public sealed class ProposalItem
{
    public Guid Id { get; set; }

    public Guid TownshipId { get; set; }

    public string TownshipCode { get; set; } = null!;

    public string TownshipName { get; set; } = null!;

    public Guid TermId { get; set; }

    public Guid? SessionId { get; set; }

    public ProposalKind Kind { get; set; }

    public string? Number { get; set; }

    public string Title { get; set; } = null!;

    public string Category { get; set; } = null!;

    public ProposalStatus Status { get; set; }

    public Guid LeadDeputyId { get; set; }

    public string LeadDeputyName { get; set; } = null!;

    public Guid? LeadUnitId { get; set; }

    public string? LeadUnitName { get; set; }

    public bool IsKey { get; set; }

    public bool IsComplex { get; set; }

    public DateOnly? SubmittedOn { get; set; }

    public int? SubmittedYear { get; set; }

    public DateOnly? RegisteredOn { get; set; }

    public DateOnly? AssignedOn { get; set; }

    public DateOnly? DueOn { get; set; }

    public DateOnly? LastRepliedOn { get; set; }

    public ReplyClass? LastReplyClass { get; set; }

    public Rating? LastRating { get; set; }

    public DateOnly? ClosedOn { get; set; }

    /// <summary>Green, Yellow or Red while awaiting a reply; null otherwise.</summary>
    public WarningColor? Color { get; set; }

    public bool IsOverdue { get; set; }

    public int DaysOverdue { get; set; }

    /// <summary>The last step's instant, in UTC.</summary>
    public DateTimeOffset LastStepAt { get; set; }

    public TownshipItem? Township { get; set; }

    public TermItem? Term { get; set; }
}

/// <summary>活动 Activity (supervision and group activities).</summary>
public sealed class ActivityItem
{
    public Guid Id { get; set; }

    public Guid TownshipId { get; set; }

    public string TownshipCode { get; set; } = null!;

    public string TownshipName { get; set; } = null!;

    public Guid TermId { get; set; }

    public ActivityKind Kind { get; set; }

    public bool IsSupervision { get; set; }

    public string Title { get; set; } = null!;

    public DateOnly StartsOn { get; set; }

    public DateOnly EndsOn { get; set; }

    public int Year { get; set; }

    public int Quarter { get; set; }

    public Guid? OrganizingGroupId { get; set; }

    public int PresentCount { get; set; }

    public int RectificationItemCount { get; set; }

    public TownshipItem? Township { get; set; }

    public TermItem? Term { get; set; }
}

/// <summary>整改事项 RectificationItem, with today's overdue flag.</summary>
public sealed class RectificationItemItem
{
    public Guid Id { get; set; }

    public Guid ActivityId { get; set; }

    public Guid TownshipId { get; set; }

    public string TownshipCode { get; set; } = null!;

    public string TownshipName { get; set; } = null!;

    public string Description { get; set; } = null!;

    public Guid ResponsibleUnitId { get; set; }

    public string ResponsibleUnitName { get; set; } = null!;

    public DateOnly DueOn { get; set; }

    public RectificationStatus Status { get; set; }

    public DateOnly? CompletedOn { get; set; }

    public bool IsOverdue { get; set; }

    public TownshipItem? Township { get; set; }
}

/// <summary>主席团会议 PresidiumMeeting.</summary>
public sealed class PresidiumMeetingItem
{
    public Guid Id { get; set; }

    public Guid TownshipId { get; set; }

    public string TownshipCode { get; set; } = null!;

    public string TownshipName { get; set; } = null!;

    public Guid TermId { get; set; }

    public PresidiumMeetingKind Kind { get; set; }

    /// <summary>When the meeting began, in UTC.</summary>
    public DateTimeOffset HeldAt { get; set; }

    public DateOnly HeldOn { get; set; }

    public int Year { get; set; }

    public int Quarter { get; set; }

    public int MemberCount { get; set; }

    public int PresentCount { get; set; }

    public int QuorumRequired { get; set; }

    public bool HasQuorum { get; set; }

    public TownshipItem? Township { get; set; }
}

/// <summary>述职评议 PerformanceReview (the tally and outcome; not the report text).</summary>
public sealed class PerformanceReviewItem
{
    public Guid Id { get; set; }

    public Guid TownshipId { get; set; }

    public string TownshipCode { get; set; } = null!;

    public string TownshipName { get; set; } = null!;

    public Guid TermId { get; set; }

    public Guid DeputyId { get; set; }

    public string DeputyName { get; set; } = null!;

    public Guid DistrictId { get; set; }

    public DateOnly HeldOn { get; set; }

    public ReviewForm Form { get; set; }

    public int VotersPresent { get; set; }

    public int Satisfied { get; set; }

    public int BasicallySatisfied { get; set; }

    public int Dissatisfied { get; set; }

    public decimal? SatisfactionRate { get; set; }

    public ReviewOutcome? Outcome { get; set; }

    public TownshipItem? Township { get; set; }
}
