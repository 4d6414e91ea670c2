using DeputyPortal.Application.Proposals;
using DeputyPortal.Application.Proposals.Progress;
using Mediator;

namespace DeputyPortal.Api.Pages.Proposals.Steps;

/// <summary>办理进展.</summary>
public sealed class AddProgressNoteStep : UnitStepInput, IProposalStepInput
{
    public string? Text { get; set; }

    public ICommand<ProposalDto> ToCommand(Guid id, uint version) => new AddProposalProgressNote(Text ?? string.Empty) { Id = id, ExpectedVersion = version, ForUnitId = ForUnitId, OccurredOn = OccurredOn };
}
