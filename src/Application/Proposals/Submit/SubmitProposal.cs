using System.Text.Json.Serialization;
using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Security;
using Mediator;

namespace DeputyPortal.Application.Proposals.Submit;

[Authorize(Roles.Deputy, Roles.TownshipSecretary)]
public sealed record SubmitProposal(Guid Id) : ICommand<ProposalDto>, IVersionedCommand
{
    [JsonIgnore]
    public uint ExpectedVersion { get; init; }
}

public sealed class SubmitProposalHandler(ProposalWorkflow workflow) : ICommandHandler<SubmitProposal, ProposalDto>
{
    public async ValueTask<ProposalDto> Handle(SubmitProposal command, CancellationToken cancellationToken)
    {
        var proposal = await workflow.LoadForChangeAsync(command.Id, command.ExpectedVersion, cancellationToken);
        workflow.RequireLeadDeputyOrSecretary(proposal);
        proposal.Submit(workflow.Step());
        return await workflow.SaveAsync(proposal, cancellationToken);
    }
}
