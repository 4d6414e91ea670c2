using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Domain.Compliance;
using DeputyPortal.Domain.Proposals;
using Microsoft.EntityFrameworkCore;

namespace DeputyPortal.Application.Settings;

public static class ComplianceRulesLookup
{
    /// <summary>The township's compliance numbers (DESIGN §4): its stored settings, or the defaults when it has none.</summary>
    public static async Task<ComplianceRules> ComplianceRulesForAsync(this IAppDbContext db, Guid townshipId, CancellationToken ct) =>
        (await db.TownshipSettings.AsNoTracking().FirstOrDefaultAsync(s => s.TownshipId == townshipId, ct))?.Compliance
        ?? ComplianceRules.Default;

    /// <summary>The township's compliance numbers and R2's month count (a proposal setting), from one read of its settings.</summary>
    public static async Task<(ComplianceRules Rules, int SessionAssignmentMonths)> ComplianceSettingsForAsync(
        this IAppDbContext db, Guid townshipId, CancellationToken ct)
    {
        var stored = await db.TownshipSettings.AsNoTracking().FirstOrDefaultAsync(s => s.TownshipId == townshipId, ct);
        return (stored?.Compliance ?? ComplianceRules.Default, (stored?.Proposals ?? ProposalRules.Default).SessionAssignmentMonths);
    }
}
