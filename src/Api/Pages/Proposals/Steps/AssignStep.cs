using DeputyPortal.Application.Proposals;
using DeputyPortal.Application.Proposals.Assign;
using Mediator;

namespace DeputyPortal.Api.Pages.Proposals.Steps;

/// <summary>交办 (and reassigning a returned one): a supervisor chosen makes it a key proposal (重点督办).</summary>
public sealed class AssignStep : IProposalStepInput
{
    public Guid? LeadUnitId { get; set; }

    public List<Guid> CoUnitIds { get; set; } = [];

    public bool IsComplex { get; set; }

    public Guid? SupervisorPresidiumMemberId { get; set; }

    public ICommand<ProposalDto> ToCommand(Guid id, uint version) =>
        new AssignProposal(LeadUnitId ?? Guid.Empty, CoUnitIds, IsComplex, SupervisorPresidiumMemberId) { Id = id, ExpectedVersion = version };
}
