using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Domain.Proposals;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DeputyPortal.Application.Proposals.AcceptExpired;

/// <summary>
/// The daily sweep of evaluation windows: every replied proposal, in every township, whose window ended before today
/// counts as accepted without a rating (视为认可) and goes on as 满意 would. All in one transaction; answers how many
/// it accepted. Running it again the same day finds nothing.
/// </summary>
[Authorize(Roles.SystemOnly)]
public sealed record AcceptExpiredEvaluations : ICommand<int>;

public sealed class AcceptExpiredEvaluationsHandler(IAppDbContext db, ProposalWorkflow workflow) : ICommandHandler<AcceptExpiredEvaluations, int>
{
    public async ValueTask<int> Handle(AcceptExpiredEvaluations command, CancellationToken cancellationToken)
    {
        var today = workflow.Today;
        var candidates = await db.Proposals
            .Where(p => p.Status == ProposalStatus.Replied && p.EvaluationDueOn < today)
            .OrderBy(p => p.EvaluationDueOn)
            .Select(p => p.Id)
            .ToListAsync(cancellationToken);

        // Each loaded for change like any step, so a deputy's rating sent meanwhile either lands first (and the
        // proposal is no longer awaiting one) or waits for the sweep.
        var step = workflow.Step();
        var accepted = 0;
        foreach (var id in candidates)
        {
            var proposal = await db.LoadForChangeAsync<Proposal>(id, null, ProposalWorkflow.Resource, cancellationToken);
            if (proposal.Status == ProposalStatus.Replied && proposal.EvaluationDueOn < today)
            {
                proposal.AcceptWithoutRating(step);
                accepted++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return accepted;
    }
}
