namespace DeputyPortal.Domain.Proposals;

/// <summary>Who takes a step of the workflow and when: the instant for the timeline, the China date for deadlines.</summary>
public sealed record ProposalStep(DateTimeOffset At, DateOnly Today, Guid? ActorUserId, string ActorName);
