using DeputyPortal.Application.Common;
using DeputyPortal.Domain.Activities;

namespace DeputyPortal.Application.Activities;

/// <summary>
/// An activity as the API shows it: the ids it holds with their names beside them, the attendance counts, each
/// evaluated unit's tally and the rectification items with today's overdue flag. <see cref="Version"/> is its ETag.
/// </summary>
public sealed record ActivityDto : IVersioned
{
    public Guid Id { get; init; }

    public Guid TownshipId { get; init; }

    public Guid TermId { get; init; }

    public ActivityKind Kind { get; init; }

    /// <summary>One of the six supervision kinds (监督活动) rather than another deputy activity (代表活动).</summary>
    public bool IsSupervision { get; init; }

    public string Title { get; init; } = null!;

    public DateOnly StartsOn { get; init; }

    public DateOnly EndsOn { get; init; }

    public string? Place { get; init; }

    public Guid? OrganizingGroupId { get; init; }

    public string? OrganizingGroupName { get; init; }

    public string? Findings { get; init; }

    public IReadOnlyList<ActivityUnitDto> SubjectUnits { get; init; } = [];

    public IReadOnlyList<ActivityParticipantDto> Participants { get; init; } = [];

    public int PresentCount { get; init; }

    public IReadOnlyList<UnitTallyDto> Tallies { get; init; } = [];

    public IReadOnlyList<RectificationItemDto> RectificationItems { get; init; } = [];

    /// <summary>Rectification items not yet completed.</summary>
    public int OpenRectificationCount { get; init; }

    /// <summary>Any rectification item past its due date and not completed, as of today in Asia/Shanghai.</summary>
    public bool IsOverdue { get; init; }

    public uint Version { get; init; }
}

public sealed record ActivityUnitDto(Guid Id, string Name);

public sealed record ActivityParticipantDto(Guid DeputyId, string DeputyName, Attendance Attendance, string? LeaveReason);

/// <summary>
/// 满意 / 基本满意 / 不满意 votes on one unit. <see cref="SatisfactionRate"/> is (满意 + 基本满意) ÷ total, rounded to four
/// places; null when nobody voted.
/// </summary>
public sealed record UnitTallyDto(
    Guid HandlingUnitId, string UnitName, int Satisfied, int BasicallySatisfied, int Dissatisfied, int Total, decimal? SatisfactionRate);

public sealed record RectificationItemDto(
    Guid Id,
    int Position,
    string Description,
    Guid ResponsibleUnitId,
    string ResponsibleUnitName,
    DateOnly DueOn,
    RectificationStatus Status,
    DateOnly? CompletedOn,
    string? Evidence,
    bool IsOverdue);
