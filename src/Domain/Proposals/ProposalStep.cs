namespace DeputyPortal.Domain.Proposals;

/// <summary>
/// Who takes a step of the workflow and when: the instant for the timeline (kept in UTC, as the database stores
/// it), and the China date every deadline counts from.
/// </summary>
public sealed record ProposalStep(DateTimeOffset At, DateOnly Today, Guid? ActorUserId, string ActorName)
{
    public DateTimeOffset At { get; } = At.ToUniversalTime();
}
