using DeputyPortal.Application.Common;
using DeputyPortal.Domain.Activities;
using DeputyPortal.Domain.Meetings;
using DeputyPortal.Domain.Presidium;

namespace DeputyPortal.Application.Meetings;

/// <summary>
/// A presidium meeting (主席团会议) as the API shows it. Quorum, <see cref="MajorityRequired"/> (the votes for a decision
/// needed, out of all <see cref="MemberCount"/> members, not of those present) and each decision's outcome were decided
/// when the meeting was recorded (or last revised), by the township's rule then, and are kept.
/// <see cref="Version"/> is the value of its ETag.
/// </summary>
public sealed record PresidiumMeetingDto : IVersioned
{
    public Guid Id { get; init; }

    public Guid TownshipId { get; init; }

    public Guid TermId { get; init; }

    public PresidiumMeetingKind Kind { get; init; }

    public DateTimeOffset HeldAt { get; init; }

    /// <summary>The date in Asia/Shanghai; the quarter the meeting counts for.</summary>
    public DateOnly HeldOn { get; init; }

    public string? Place { get; init; }

    public IReadOnlyList<string> Agenda { get; init; } = [];

    public int MemberCount { get; init; }

    public int PresentCount { get; init; }

    public int QuorumRequired { get; init; }

    public bool HasQuorum { get; init; }

    public bool CountsForRegularMeetingRule { get; init; }

    public int MajorityRequired { get; init; }

    public IReadOnlyList<MeetingAttendanceDto> Attendance { get; init; } = [];

    public IReadOnlyList<InvitedDeputyDto> InvitedDeputies { get; init; } = [];

    public string? Minutes { get; init; }

    public IReadOnlyList<MeetingDecisionDto> Decisions { get; init; } = [];

    public uint Version { get; init; }
}

public sealed record MeetingAttendanceDto(
    Guid PresidiumMemberId, Guid DeputyId, string DeputyName, PresidiumPost? Post, Attendance Attendance, string? LeaveReason);

public sealed record InvitedDeputyDto(Guid DeputyId, string Name);

public sealed record MeetingDecisionDto(
    int Position,
    string Text,
    int VotesFor,
    int VotesAgainst,
    int Abstentions,
    bool Passed,
    DateOnly? FollowUpDueOn,
    Guid? FollowUpUnitId,
    string? FollowUpUnitName,
    DateOnly? FollowUpCompletedOn,
    bool FollowUpOverdue);
