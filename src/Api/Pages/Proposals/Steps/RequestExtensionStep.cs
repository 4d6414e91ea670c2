using DeputyPortal.Application.Proposals;
using DeputyPortal.Application.Proposals.Extension;
using Mediator;

namespace DeputyPortal.Api.Pages.Proposals.Steps;

/// <summary>延期申请: the date asked for and why.</summary>
public sealed class RequestExtensionStep : UnitStepInput, IProposalStepInput
{
    public DateOnly? RequestedDueOn { get; set; }

    public string? Reason { get; set; }

    public ICommand<ProposalDto> ToCommand(Guid id, uint version) =>
        new RequestProposalExtension(Reason ?? string.Empty, RequestedDueOn) { Id = id, ExpectedVersion = version, ForUnitId = ForUnitId, OccurredOn = OccurredOn };
}
