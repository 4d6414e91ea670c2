using DeputyPortal.Application.Proposals;
using DeputyPortal.Domain.Proposals;

namespace DeputyPortal.Api.Pages.Proposals.Steps;

/// <summary>
/// What a step's form adds when the secretary records it on someone's behalf (补录): for whom (a choice when several
/// of the proposal's units may take the step) and the date it really happened, which the rules count from.
/// </summary>
public sealed record OnBehalfFields(ProposalMove Move, IReadOnlyList<OnBehalfMoveDto> Parties, Guid? ForUnitId, DateOnly OccurredOn, DateOnly Today)
{
    public bool ChoosesUnit => Parties.Count > 1;
}
