using DeputyPortal.Application.Proposals;
using DeputyPortal.Application.Proposals.Reject;
using Mediator;

namespace DeputyPortal.Api.Pages.Proposals.Steps;

/// <summary>不予立案, with the reason the deputy is told.</summary>
public sealed class RejectStep : IProposalStepInput
{
    public string? Reason { get; set; }

    public ICommand<ProposalDto> ToCommand(Guid id, uint version) => new RejectProposal(Reason ?? string.Empty) { Id = id, ExpectedVersion = version };
}
