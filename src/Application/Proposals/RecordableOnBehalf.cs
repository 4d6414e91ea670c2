namespace DeputyPortal.Application.Proposals;

/// <summary>
/// A deputy's or handling unit's step that the township secretary may record on their behalf (补录), because it was
/// taken on paper or by phone: a village committee's reply letter, a rating given over the telephone.
/// </summary>
public interface IRecordableOnBehalf
{
    /// <summary>
    /// The date the step really happened, when the secretary records it late; omitted, today. Every rule and clock of
    /// the step counts from it. Only the secretary sends it: whoever takes their own step takes it today.
    /// </summary>
    DateOnly? OccurredOn { get; }
}

/// <summary>A handling unit's step; the secretary recording it names the unit (omitted: the lead unit).</summary>
public interface IUnitStep : IRecordableOnBehalf
{
    Guid? ForUnitId { get; }
}

/// <summary>Who a step is taken for and the step itself (the date and, when recorded late, for whom).</summary>
public sealed record StepFor(Guid PartyId, Domain.Proposals.ProposalStep Step);
