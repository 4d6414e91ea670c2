using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Domain.Compliance;

namespace DeputyPortal.Application.Settings;

public static class ComplianceRulesLookup
{
    /// <summary>The township's compliance numbers (DESIGN §4): its stored settings, or the defaults when it has none.</summary>
    public static async Task<ComplianceRules> ComplianceRulesForAsync(this IAppDbContext db, Guid townshipId, CancellationToken ct) =>
        (await db.SettingsForAsync(townshipId, ct)).Compliance;

    /// <summary>The township's compliance numbers and R2's month count (a proposal setting), from one read of its settings.</summary>
    public static async Task<(ComplianceRules Rules, int SessionAssignmentMonths)> ComplianceSettingsForAsync(
        this IAppDbContext db, Guid townshipId, CancellationToken ct)
    {
        var settings = await db.SettingsForAsync(townshipId, ct);
        return (settings.Compliance, settings.Proposals.SessionAssignmentMonths);
    }
}
