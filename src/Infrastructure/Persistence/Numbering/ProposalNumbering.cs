using DeputyPortal.Application.Proposals;
using DeputyPortal.Domain.Proposals;
using Microsoft.EntityFrameworkCore;

namespace DeputyPortal.Infrastructure.Persistence.Numbering;

/// <summary>
/// Draws the next number of a series inside the caller's transaction. The upsert locks the series row until the
/// transaction ends, so concurrent registrations take turns, and a registration that rolls back gives its number
/// back: numbers stay consecutive without gaps.
/// </summary>
internal sealed class ProposalNumbering(AppDbContext db) : IProposalNumbering
{
    public async Task<int> NextAsync(ProposalSeries series, CancellationToken cancellationToken)
    {
        var drawn = await db.Database.SqlQuery<int>($"""
            INSERT INTO proposal_number_series (township_id, term_id, session_part, kind_letter, last_sequence)
            VALUES ({series.TownshipId}, {series.TermId}, {series.SessionPart}, {series.KindLetter}, 1)
            ON CONFLICT (township_id, term_id, session_part, kind_letter)
            DO UPDATE SET last_sequence = proposal_number_series.last_sequence + 1
            RETURNING last_sequence AS "Value"
            """).ToListAsync(cancellationToken);
        return drawn.Single();
    }
}
