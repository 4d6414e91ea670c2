using DeputyPortal.Domain.Activities;

namespace DeputyPortal.Domain.Meetings;

/// <summary>An agenda item (议题), in the order the meeting took them.</summary>
public sealed class AgendaItem(Guid meetingId, int position, string title)
{
    public const int TitleMaxLength = 200;

    /// <summary>A row key of its own, so a revision that replaces the rows never collides with the rows it replaces.</summary>
    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid MeetingId { get; private set; } = meetingId;

    public int Position { get; private set; } = position;

    public string Title { get; private set; } = title;
}

/// <summary>A presidium member's attendance at a meeting; every member serving on the day has one.</summary>
public sealed class MeetingAttendance(Guid meetingId, Guid presidiumMemberId, Guid deputyId, Attendance attendance, string? leaveReason)
{
    /// <summary>A row key of its own, so a revision that replaces the rows never collides with the rows it replaces.</summary>
    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid MeetingId { get; private set; } = meetingId;

    public Guid PresidiumMemberId { get; private set; } = presidiumMemberId;

    public Guid DeputyId { get; private set; } = deputyId;

    public Attendance Attendance { get; private set; } = attendance;

    public string? LeaveReason { get; private set; } = leaveReason;
}

/// <summary>A deputy invited to sit in (列席) without a vote.</summary>
public sealed class InvitedDeputy(Guid meetingId, Guid deputyId)
{
    /// <summary>A row key of its own, so a revision that replaces the rows never collides with the rows it replaces.</summary>
    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid MeetingId { get; private set; } = meetingId;

    public Guid DeputyId { get; private set; } = deputyId;
}

/// <summary>
/// A decision put to the vote (决定事项). Whether it passed is decided when it is recorded, by the rule then in force,
/// and kept: more than half of all members voted for it, at a meeting with a quorum.
/// </summary>
public sealed class MeetingDecision
{
    public const int TextMaxLength = 1_000;

    private MeetingDecision()
    {
    }

    internal MeetingDecision(Guid meetingId, int position, DecisionDraft draft, bool passed)
    {
        MeetingId = meetingId;
        Position = position;
        Text = draft.Text;
        VotesFor = draft.VotesFor;
        VotesAgainst = draft.VotesAgainst;
        Abstentions = draft.Abstentions;
        Passed = passed;
        FollowUpDueOn = draft.FollowUpDueOn;
        FollowUpUnitId = draft.FollowUpUnitId;
        FollowUpCompletedOn = draft.FollowUpCompletedOn;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid MeetingId { get; private set; }

    public int Position { get; private set; }

    public string Text { get; private set; } = null!;

    public int VotesFor { get; private set; }

    public int VotesAgainst { get; private set; }

    public int Abstentions { get; private set; }

    public bool Passed { get; private set; }

    /// <summary>When the decision's follow-up (落实) is due, if it has one.</summary>
    public DateOnly? FollowUpDueOn { get; private set; }

    /// <summary>The unit that carries the follow-up out.</summary>
    public Guid? FollowUpUnitId { get; private set; }

    public DateOnly? FollowUpCompletedOn { get; private set; }

    public bool IsFollowUpOverdue(DateOnly today) => FollowUpDueOn is not null && FollowUpCompletedOn is null && today > FollowUpDueOn;
}

public sealed record AgendaDraft(string Title);

public sealed record MemberAttendanceDraft(Guid PresidiumMemberId, Attendance Attendance, string? LeaveReason = null);

public sealed record DecisionDraft(
    string Text,
    int VotesFor,
    int VotesAgainst,
    int Abstentions,
    DateOnly? FollowUpDueOn = null,
    Guid? FollowUpUnitId = null,
    DateOnly? FollowUpCompletedOn = null);
