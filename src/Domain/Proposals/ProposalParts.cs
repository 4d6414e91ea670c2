namespace DeputyPortal.Domain.Proposals;

/// <summary>A deputy who signed a proposal jointly with its lead deputy (附议代表).</summary>
public sealed class ProposalCoSigner(Guid proposalId, Guid deputyId)
{
    public Guid ProposalId { get; private set; } = proposalId;

    public Guid DeputyId { get; private set; } = deputyId;
}

/// <summary>A co-handling unit (协办单位): it sends its input to the lead unit by <see cref="InputDueOn"/>.</summary>
public sealed class ProposalCoUnit(Guid proposalId, Guid handlingUnitId, DateOnly inputDueOn)
{
    public Guid ProposalId { get; private set; } = proposalId;

    public Guid HandlingUnitId { get; private set; } = handlingUnitId;

    public DateOnly InputDueOn { get; private set; } = inputDueOn;

    public DateOnly? InputProvidedOn { get; private set; }

    public string? Input { get; private set; }

    internal void Provide(string input, DateOnly on) => (Input, InputProvidedOn) = (input, on);
}

/// <summary>A unit's request to move the deadline (延期申请) and the secretary's decision on it.</summary>
public sealed class ExtensionRequest
{
    private ExtensionRequest()
    {
    }

    internal ExtensionRequest(Guid proposalId, Guid handlingUnitId, DateOnly requestedDueOn, string reason, DateOnly requestedOn)
    {
        ProposalId = proposalId;
        HandlingUnitId = handlingUnitId;
        RequestedDueOn = requestedDueOn;
        Reason = reason;
        RequestedOn = requestedOn;
        Decision = ExtensionDecision.Pending;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid ProposalId { get; private set; }

    public Guid HandlingUnitId { get; private set; }

    public DateOnly RequestedOn { get; private set; }

    public DateOnly RequestedDueOn { get; private set; }

    public string Reason { get; private set; } = null!;

    public ExtensionDecision Decision { get; private set; }

    public DateOnly? DecidedOn { get; private set; }

    public string? DecisionComment { get; private set; }

    internal void Decide(bool approve, string? comment, DateOnly on) =>
        (Decision, DecisionComment, DecidedOn) = (approve ? ExtensionDecision.Approved : ExtensionDecision.Refused, comment, on);
}

/// <summary>A progress note (办理进展) recorded by a lead or co-handling unit.</summary>
public sealed class ProgressNote
{
    private ProgressNote()
    {
    }

    internal ProgressNote(Guid proposalId, Guid handlingUnitId, string text, DateOnly notedOn)
    {
        ProposalId = proposalId;
        HandlingUnitId = handlingUnitId;
        Text = text;
        NotedOn = notedOn;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid ProposalId { get; private set; }

    public Guid HandlingUnitId { get; private set; }

    public DateOnly NotedOn { get; private set; }

    public string Text { get; private set; } = null!;
}

/// <summary>A reply (答复) of the lead unit, signed by its head; round 2 is the reply after rehandling.</summary>
public sealed class ProposalReply
{
    private ProposalReply()
    {
    }

    internal ProposalReply(Guid proposalId, int round, Guid handlingUnitId, ReplyClass resultClass, string text, string signedBy,
        DateOnly? committedCompletionOn, string? explanation, DateOnly repliedOn, bool onTime)
    {
        ProposalId = proposalId;
        Round = round;
        HandlingUnitId = handlingUnitId;
        ResultClass = resultClass;
        Text = text;
        SignedBy = signedBy;
        CommittedCompletionOn = committedCompletionOn;
        Explanation = explanation;
        RepliedOn = repliedOn;
        OnTime = onTime;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid ProposalId { get; private set; }

    public int Round { get; private set; }

    public Guid HandlingUnitId { get; private set; }

    public ReplyClass ResultClass { get; private set; }

    public string Text { get; private set; } = null!;

    public string SignedBy { get; private set; } = null!;

    public DateOnly? CommittedCompletionOn { get; private set; }

    public string? Explanation { get; private set; }

    public DateOnly RepliedOn { get; private set; }

    /// <summary>Replied by the deadline in force at the time (R1).</summary>
    public bool OnTime { get; private set; }
}

/// <summary>The lead deputy's evaluation of one reply, or its acceptance when the window passed without a rating.</summary>
public sealed class ProposalEvaluation
{
    private ProposalEvaluation()
    {
    }

    internal ProposalEvaluation(Guid proposalId, int round, Rating? rating, string? comment, DateOnly evaluatedOn)
    {
        ProposalId = proposalId;
        Round = round;
        Rating = rating;
        Comment = comment;
        EvaluatedOn = evaluatedOn;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid ProposalId { get; private set; }

    public int Round { get; private set; }

    /// <summary>Null when the window passed without a rating (视为认可).</summary>
    public Rating? Rating { get; private set; }

    public bool AcceptedWithoutRating => Rating is null;

    public string? Comment { get; private set; }

    public DateOnly EvaluatedOn { get; private set; }
}

/// <summary>One step of the timeline: who did what, and when.</summary>
public sealed class ProposalEvent
{
    private ProposalEvent()
    {
    }

    internal ProposalEvent(Guid proposalId, int sequence, ProposalStep step, ProposalAction action, string? detail)
    {
        ProposalId = proposalId;
        Sequence = sequence;
        At = step.At;
        OccurredOn = step.Today;
        ActorUserId = step.ActorUserId;
        ActorName = step.ActorName;
        OnBehalfOf = step.OnBehalfOf;
        Action = action;
        Detail = detail;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid ProposalId { get; private set; }

    /// <summary>1 for the first step, then one more per step: the timeline's order, even for steps in the same instant.</summary>
    public int Sequence { get; private set; }

    /// <summary>When the step was recorded.</summary>
    public DateTimeOffset At { get; private set; }

    /// <summary>The China date the step happened, which its rules counted from: <see cref="At"/>'s date unless recorded late (补录).</summary>
    public DateOnly OccurredOn { get; private set; }

    public Guid? ActorUserId { get; private set; }

    public string ActorName { get; private set; } = null!;

    /// <summary>Who took the step when <see cref="ActorName"/> recorded it for them (补录); null when they took it themselves.</summary>
    public string? OnBehalfOf { get; private set; }

    public ProposalAction Action { get; private set; }

    public string? Detail { get; private set; }
}
