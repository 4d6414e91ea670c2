namespace DeputyPortal.Domain.Proposals;

/// <summary>
/// Who takes a step of the workflow and when: the instant for the timeline (kept in UTC, as the database stores
/// it), and the China date every deadline counts from.
/// </summary>
public sealed record ProposalStep(DateTimeOffset At, DateOnly Today, Guid? ActorUserId, string ActorName)
{
    public DateTimeOffset At { get; } = At.ToUniversalTime();

    /// <summary>
    /// Whom the step was taken by when someone else records it (补录: a unit's reply letter, a rating given by phone),
    /// e.g. "县交通局"; null when the actor took it themselves.
    /// </summary>
    public string? OnBehalfOf { get; private init; }

    /// <summary>The date the step is recorded; <see cref="Today"/> is the date it happened, earlier for a step recorded late.</summary>
    public DateOnly RecordedOn { get; private init; } = Today;

    /// <summary>
    /// The same actor recording, at the same instant, a step <paramref name="party"/> took on <paramref name="occurredOn"/>:
    /// every rule and clock of the step counts from that date.
    /// </summary>
    public ProposalStep RecordedFor(string party, DateOnly occurredOn) =>
        this with { OnBehalfOf = party, Today = occurredOn };
}
