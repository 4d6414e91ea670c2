using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Domain.Proposals;
using Microsoft.EntityFrameworkCore;

namespace DeputyPortal.Application.Settings;

public static class ProposalRulesLookup
{
    /// <summary>The township's proposal rules: its stored settings, or the defaults when it has none.</summary>
    public static async Task<ProposalRules> ProposalRulesForAsync(this IAppDbContext db, Guid townshipId, CancellationToken ct) =>
        (await db.TownshipSettings.AsNoTracking().FirstOrDefaultAsync(s => s.TownshipId == townshipId, ct))?.Proposals
        ?? ProposalRules.Default;

    /// <summary>The rules of several townships at once (e.g. for a page of proposals); missing ones get the defaults.</summary>
    public static async Task<Func<Guid, ProposalRules>> ProposalRulesForAsync(this IAppDbContext db, IEnumerable<Guid> townshipIds, CancellationToken ct)
    {
        var ids = townshipIds.Distinct().ToList();
        var stored = await db.TownshipSettings.AsNoTracking().Where(s => ids.Contains(s.TownshipId)).ToListAsync(ct);
        var byTownship = stored.ToDictionary(s => s.TownshipId, s => s.Proposals);
        return townshipId => byTownship.GetValueOrDefault(townshipId) ?? ProposalRules.Default;
    }
}
