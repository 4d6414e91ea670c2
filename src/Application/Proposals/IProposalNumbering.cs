using DeputyPortal.Domain.Proposals;

namespace DeputyPortal.Application.Proposals;

/// <summary>Draws registration numbers: consecutive and gap-free per series, even under concurrent registrations.</summary>
public interface IProposalNumbering
{
    /// <summary>The next number of the series, drawn inside the current transaction (a rollback returns it).</summary>
    Task<int> NextAsync(ProposalSeries series, CancellationToken cancellationToken);
}
