using System.Text.Json.Serialization;
using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Security;
using Mediator;

namespace DeputyPortal.Application.Proposals.Convert;

/// <summary>A motion the presidium does not put on the agenda becomes a suggestion; number and history stay.</summary>
[Authorize(Roles.TownshipSecretary)]
public sealed record ConvertProposalToSuggestion(Guid Id) : ICommand<ProposalDto>, IVersionedCommand
{
    [JsonIgnore]
    public uint ExpectedVersion { get; init; }
}

public sealed class ConvertProposalToSuggestionHandler(ProposalWorkflow workflow) : ICommandHandler<ConvertProposalToSuggestion, ProposalDto>
{
    public async ValueTask<ProposalDto> Handle(ConvertProposalToSuggestion command, CancellationToken cancellationToken)
    {
        var proposal = await workflow.LoadForChangeAsync(command.Id, command.ExpectedVersion, cancellationToken);
        proposal.ConvertToSuggestion(workflow.Step());
        return await workflow.SaveAsync(proposal, cancellationToken);
    }
}
