using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Domain.Proposals;
using Microsoft.EntityFrameworkCore;

namespace DeputyPortal.Application.Settings;

public static class ProposalRulesLookup
{
    /// <summary>The township's proposal rules: its stored settings, or the defaults when it has none.</summary>
    public static async Task<ProposalRules> ProposalRulesForAsync(this IAppDbContext db, Guid townshipId, CancellationToken ct) =>
        (await db.SettingsForAsync(townshipId, ct)).Proposals;

    /// <summary>
    /// The rules of every township the caller may see, for a list or a ledger: one read of the stored settings rows
    /// (one per township at most), serving both the warning filter and the page's colours.
    /// </summary>
    public static async Task<ProposalRuleBook> ProposalRuleBookAsync(this IAppDbContext db, CancellationToken ct)
    {
        var stored = await db.TownshipSettings.AsNoTracking().ToListAsync(ct);
        return new ProposalRuleBook(stored.ToDictionary(s => s.TownshipId, s => s.Proposals));
    }
}

/// <summary>Townships' proposal rules: those stored in their settings, and the defaults for every other township.</summary>
public sealed class ProposalRuleBook(IReadOnlyDictionary<Guid, ProposalRules> stored)
{
    /// <summary>The townships whose settings are stored, with their rules.</summary>
    public IReadOnlyDictionary<Guid, ProposalRules> Stored => stored;

    public ProposalRules For(Guid townshipId) => stored.GetValueOrDefault(townshipId) ?? ProposalRules.Default;
}
