using DeputyPortal.Application.Common.Security;
using Mediator;

namespace DeputyPortal.Application.Proposals.Get;

/// <summary>A proposal with its whole record and timeline (every step: who, when, what).</summary>
[Authorize]
public sealed record GetProposal(Guid Id) : IQuery<ProposalDto>;

public sealed class GetProposalHandler(ProposalWorkflow workflow) : IQueryHandler<GetProposal, ProposalDto>
{
    public async ValueTask<ProposalDto> Handle(GetProposal query, CancellationToken cancellationToken)
    {
        var proposal = await workflow.LoadAsync(query.Id, cancellationToken);
        return await workflow.ToDtoAsync(proposal, cancellationToken);
    }
}
