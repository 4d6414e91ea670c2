using System.Text.Json.Serialization;
using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Security;
using Mediator;

namespace DeputyPortal.Application.Proposals.Register;

/// <summary>立案: gives the proposal the next number of its series (term, session or 闭会, kind).</summary>
[Authorize(Roles.TownshipSecretary)]
public sealed record RegisterProposal(Guid Id) : ICommand<ProposalDto>, IVersionedCommand
{
    [JsonIgnore]
    public uint ExpectedVersion { get; init; }
}

public sealed class RegisterProposalHandler(IAppDbContext db, ProposalWorkflow workflow, IProposalNumbering numbering)
    : ICommandHandler<RegisterProposal, ProposalDto>
{
    public async ValueTask<ProposalDto> Handle(RegisterProposal command, CancellationToken cancellationToken)
    {
        var proposal = await workflow.LoadForChangeAsync(command.Id, command.ExpectedVersion, cancellationToken);
        var term = await db.Terms.GetAsync(proposal.TermId, "届", cancellationToken);
        var session = await db.LoadSessionAsync(proposal.SessionId, cancellationToken);

        // A refused registration rolls back its transaction, and with it the number drawn.
        var series = proposal.SeriesIn(term, session);
        proposal.Register(series, await numbering.NextAsync(series, cancellationToken), workflow.Step());
        return await workflow.SaveAsync(proposal, cancellationToken);
    }
}
