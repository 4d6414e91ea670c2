using DeputyPortal.Application.Proposals;
using Mediator;

namespace DeputyPortal.Api.Pages.Proposals.Steps;

/// <summary>
/// What one step's form on the proposal page sends, bound under the move's name ("Reply.Text"), and the command it
/// becomes with the proposal's id and the version the page showed. The fields are the command's own, so each message
/// of the application stands beside the field it names; what is required, and when, is the application's to say.
/// </summary>
public interface IProposalStepInput
{
    ICommand<ProposalDto> ToCommand(Guid id, uint version);
}
