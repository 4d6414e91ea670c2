using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Domain.Proposals;
using Microsoft.EntityFrameworkCore;

namespace DeputyPortal.Application.Proposals.List;

/// <summary>
/// What a page of proposals waits on besides the reply itself: an extension request awaiting the secretary's decision
/// (延期待审批) and the co-units whose input (协办意见) is still to come. One query for the whole page, through the caller's
/// scope, so a list row can say whose turn it is without loading each proposal.
/// </summary>
public static class ProposalWaits
{
    public static async Task<IReadOnlyList<ProposalListItemDto>> AddToAsync(
        IAppDbContext db, IReadOnlyList<ProposalListItemDto> items, CancellationToken ct)
    {
        var awaiting = items.Where(i => ProposalWarning.AwaitsReply(i.Status)).Select(i => i.Id).ToList();
        if (awaiting.Count == 0)
        {
            return items;
        }

        var waits = await db.Proposals.AsNoTracking()
            .Where(p => awaiting.Contains(p.Id))
            .Select(p => new
            {
                p.Id,
                ExtensionPending = p.Extensions.AsQueryable().Any(ProposalFilter.PendingExtension),
                CoUnitsAwaitingInput = p.CoUnits.Where(u => u.InputProvidedOn == null).Select(u => u.HandlingUnitId).ToList(),
            })
            .ToDictionaryAsync(w => w.Id, ct);
        return [.. items.Select(i => waits.TryGetValue(i.Id, out var w)
            ? i with { ExtensionPending = w.ExtensionPending, CoUnitsAwaitingInput = w.CoUnitsAwaitingInput }
            : i)];
    }
}
