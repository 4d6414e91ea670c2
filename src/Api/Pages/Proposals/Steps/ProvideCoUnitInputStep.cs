using DeputyPortal.Application.Proposals;
using DeputyPortal.Application.Proposals.CoUnitInput;
using Mediator;

namespace DeputyPortal.Api.Pages.Proposals.Steps;

/// <summary>协办意见 to the lead unit.</summary>
public sealed class ProvideCoUnitInputStep : UnitStepInput, IProposalStepInput
{
    public string? Input { get; set; }

    public ICommand<ProposalDto> ToCommand(Guid id, uint version) => new ProvideCoUnitInput(Input ?? string.Empty) { Id = id, ExpectedVersion = version, ForUnitId = ForUnitId, OccurredOn = OccurredOn };
}
