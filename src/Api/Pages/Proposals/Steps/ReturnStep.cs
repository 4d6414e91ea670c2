using DeputyPortal.Application.Proposals;
using DeputyPortal.Application.Proposals.Return;
using Mediator;

namespace DeputyPortal.Api.Pages.Proposals.Steps;

/// <summary>退回 within the return window, with the reason.</summary>
public sealed class ReturnStep : UnitStepInput, IProposalStepInput
{
    public string? Reason { get; set; }

    public ICommand<ProposalDto> ToCommand(Guid id, uint version) => new ReturnProposal(Reason ?? string.Empty) { Id = id, ExpectedVersion = version, ForUnitId = ForUnitId, OccurredOn = OccurredOn };
}
