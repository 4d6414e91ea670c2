using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Domain.Compliance;
using Microsoft.EntityFrameworkCore;

namespace DeputyPortal.Application.Settings;

public static class ComplianceRulesLookup
{
    /// <summary>The township's compliance numbers (DESIGN §4): its stored settings, or the defaults when it has none.</summary>
    public static async Task<ComplianceRules> ComplianceRulesForAsync(this IAppDbContext db, Guid townshipId, CancellationToken ct) =>
        (await db.TownshipSettings.AsNoTracking().FirstOrDefaultAsync(s => s.TownshipId == townshipId, ct))?.Compliance
        ?? ComplianceRules.Default;
}
