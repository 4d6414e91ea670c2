namespace DeputyPortal.Infrastructure.Persistence.Numbering;

/// <summary>The last number drawn in one registration-number series; its row lock serialises concurrent registrations.</summary>
public sealed class ProposalNumberSeriesRow
{
    public Guid TownshipId { get; init; }

    public Guid TermId { get; init; }

    public string SessionPart { get; init; } = null!;

    public string KindLetter { get; init; } = null!;

    public int LastSequence { get; init; }
}
