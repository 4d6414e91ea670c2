using DeputyPortal.Application.Common;
using DeputyPortal.Domain.Proposals;

namespace DeputyPortal.Application.Proposals;

/// <summary>A proposal as a list shows it: no content, parts or timeline; the warning fields as in <see cref="ProposalDto"/>.</summary>
public sealed record ProposalListItemDto : IVersioned
{
    public Guid Id { get; init; }

    public Guid TownshipId { get; init; }

    public Guid TermId { get; init; }

    public Guid? SessionId { get; init; }

    public ProposalKind Kind { get; init; }

    public string? Number { get; init; }

    public string Title { get; init; } = null!;

    public string Category { get; init; } = null!;

    public Guid LeadDeputyId { get; init; }

    public string? LeadDeputyName { get; init; }

    public ProposalStatus Status { get; init; }

    public DateOnly? SubmittedOn { get; init; }

    public Guid? LeadUnitId { get; init; }

    public string? LeadUnitName { get; init; }

    public DateOnly? AssignedOn { get; init; }

    public bool IsKey { get; init; }

    public bool IsComplex { get; init; }

    public DateOnly? DueOn { get; init; }

    public bool IsExtended { get; init; }

    public int HandlingRound { get; init; }

    public ReplyClass? LastReplyClass { get; init; }

    public DateOnly? LastRepliedOn { get; init; }

    public Rating? LastRating { get; init; }

    public DateOnly? ClosedOn { get; init; }

    public string? WarningColor { get; init; }

    public bool IsOverdue { get; init; }

    public int DaysOverdue { get; init; }

    /// <summary>Days to the deadline while the reply is awaited (negative once overdue, 0 on the day); else null.</summary>
    public int? DaysLeft { get; init; }

    /// <summary>An extension request awaits the secretary's decision (延期待审批).</summary>
    public bool ExtensionPending { get; init; }

    /// <summary>The co-units whose input (协办意见) is still to come while the reply is awaited.</summary>
    public IReadOnlyList<Guid> CoUnitsAwaitingInput { get; init; } = [];

    public uint Version { get; init; }
}
