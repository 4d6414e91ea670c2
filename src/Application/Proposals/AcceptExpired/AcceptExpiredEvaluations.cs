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
        var expired = await db.Proposals
            .AsSplitQuery()
            .Where(p => p.Status == ProposalStatus.Replied && p.EvaluationDueOn < today)
            .OrderBy(p => p.EvaluationDueOn)
            .ToListAsync(cancellationToken);

        var step = workflow.Step();
        foreach (var proposal in expired)
        {
            proposal.AcceptWithoutRating(step);
        }

        await db.SaveChangesAsync(cancellationToken);
        return expired.Count;
    }
}
