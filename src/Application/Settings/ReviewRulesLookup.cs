using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Domain.Reviews;

namespace DeputyPortal.Application.Settings;

public static class ReviewRulesLookup
{
    /// <summary>The township's review thresholds: its stored settings, or the defaults when it has none.</summary>
    public static async Task<ReviewRules> ReviewRulesForAsync(this IAppDbContext db, Guid townshipId, CancellationToken ct) =>
        (await db.SettingsForAsync(townshipId, ct)).Reviews;
}
