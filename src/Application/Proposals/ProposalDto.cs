using DeputyPortal.Application.Common;
using DeputyPortal.Domain.Proposals;

namespace DeputyPortal.Application.Proposals;

/// <summary>
/// A proposal with its whole record: units, extension requests, progress, replies, evaluations and the timeline.
/// <see cref="WarningColor"/>, <see cref="IsOverdue"/> and <see cref="DaysOverdue"/> are computed for today in China
/// while it awaits a reply; otherwise they are null, false and 0.
/// </summary>
public sealed record ProposalDto : IVersioned
{
    public Guid Id { get; init; }

    public Guid TownshipId { get; init; }

    public Guid TermId { get; init; }

    public Guid? SessionId { get; init; }

    /// <summary>第N次会议, or 闭会期间 for a proposal raised between sessions.</summary>
    public string? SessionName { get; init; }

    public ProposalKind Kind { get; init; }

    public string Title { get; init; } = null!;

    public string Content { get; init; } = null!;

    public string Category { get; init; } = null!;

    public Guid LeadDeputyId { get; init; }

    public string? LeadDeputyName { get; init; }

    public IReadOnlyList<Guid> CoSignerDeputyIds { get; init; } = [];

    public IReadOnlyList<string> CoSignerNames { get; init; } = [];

    public Guid? SourceConcernId { get; init; }

    public ProposalStatus Status { get; init; }

    public DateOnly DraftedOn { get; init; }

    public DateOnly? SubmittedOn { get; init; }

    public string? Number { get; init; }

    public DateOnly? RegisteredOn { get; init; }

    public string? RejectionReason { get; init; }

    public Guid? LeadUnitId { get; init; }

    public string? LeadUnitName { get; init; }

    public IReadOnlyList<ProposalCoUnitDto> CoUnits { get; init; } = [];

    public DateOnly? AssignedOn { get; init; }

    public DateOnly? AssignmentExpectedBy { get; init; }

    public bool IsComplex { get; init; }

    public bool IsKey { get; init; }

    public Guid? SupervisorPresidiumMemberId { get; init; }

    public string? SupervisorName { get; init; }

    public DateOnly? DueOn { get; init; }

    public bool IsExtended { get; init; }

    public int HandlingRound { get; init; }

    public ReplyClass? LastReplyClass { get; init; }

    public DateOnly? LastRepliedOn { get; init; }

    public DateOnly? EvaluationDueOn { get; init; }

    public Rating? LastRating { get; init; }

    public DateOnly? SolvedOn { get; init; }

    public string? SolvedEvidence { get; init; }

    public DateOnly? ClosedOn { get; init; }

    public string? WarningColor { get; init; }

    public bool IsOverdue { get; init; }

    public int DaysOverdue { get; init; }

    public IReadOnlyList<ExtensionRequestDto> Extensions { get; init; } = [];

    public IReadOnlyList<ProgressNoteDto> ProgressNotes { get; init; } = [];

    public IReadOnlyList<ProposalReplyDto> Replies { get; init; } = [];

    public IReadOnlyList<ProposalEvaluationDto> Evaluations { get; init; } = [];

    public IReadOnlyList<ProposalEventDto> Timeline { get; init; } = [];

    /// <summary>
    /// The steps the caller may take on it now (<see cref="ProposalMoves"/>), in the order of the workflow: what the
    /// portal offers as buttons. Empty for a reader who takes no part in it.
    /// </summary>
    public IReadOnlyList<ProposalMove> Moves { get; init; } = [];

    /// <summary>
    /// For the township's secretary: the steps of the proposal's units and lead deputy that may be recorded on their
    /// behalf (补录, <see cref="ProposalMoves.OnBehalfFor"/>), each with the party it is recorded for. Empty for everyone else.
    /// </summary>
    public IReadOnlyList<OnBehalfMoveDto> OnBehalfMoves { get; init; } = [];

    public uint Version { get; init; }
}

public sealed record ProposalCoUnitDto(Guid HandlingUnitId, DateOnly InputDueOn, DateOnly? InputProvidedOn, string? Input)
{
    public string? HandlingUnitName { get; init; }
}

public sealed record ExtensionRequestDto(
    Guid Id, Guid HandlingUnitId, DateOnly RequestedOn, DateOnly RequestedDueOn, string Reason, ExtensionDecision Decision,
    DateOnly? DecidedOn, string? DecisionComment);

public sealed record ProgressNoteDto(Guid Id, Guid HandlingUnitId, DateOnly NotedOn, string Text);

public sealed record ProposalReplyDto(
    Guid Id, int Round, Guid HandlingUnitId, ReplyClass ResultClass, string Text, string SignedBy, DateOnly? CommittedCompletionOn,
    string? Explanation, DateOnly RepliedOn, bool OnTime);

public sealed record ProposalEvaluationDto(Guid Id, int Round, Rating? Rating, bool AcceptedWithoutRating, string? Comment, DateOnly EvaluatedOn);

/// <summary>
/// One step of the timeline: <see cref="Description"/> is the action in Chinese. <see cref="At"/> is when it was
/// recorded and <see cref="OccurredOn"/> the date it happened; a step recorded late (补录) names whom
/// <see cref="ActorName"/> recorded it for in <see cref="OnBehalfOf"/>.
/// </summary>
public sealed record ProposalEventDto(
    DateTimeOffset At, DateOnly OccurredOn, string ActorName, string? OnBehalfOf, ProposalAction Action, string Description, string? Detail);

/// <summary>A step the secretary may record for a unit (<see cref="HandlingUnitId"/>) or the lead deputy (<see cref="DeputyId"/>).</summary>
public sealed record OnBehalfMoveDto(ProposalMove Move, Guid? HandlingUnitId, Guid? DeputyId, string? PartyName);
