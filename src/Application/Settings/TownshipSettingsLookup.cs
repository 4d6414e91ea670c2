using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace DeputyPortal.Application.Settings;

public static class TownshipSettingsLookup
{
    internal const string Resource = "乡镇设置";

    /// <summary>The id of the township's stored settings (to load them for a change), or null while it uses the defaults.</summary>
    internal static Task<Guid?> StoredSettingsIdAsync(this IAppDbContext db, Guid townshipId, CancellationToken ct) =>
        db.TownshipSettings.Where(s => s.TownshipId == townshipId).Select(s => (Guid?)s.Id).FirstOrDefaultAsync(ct);

    /// <summary>
    /// Every number the township works by, in one read: its stored settings, or the defaults while it has none. Read
    /// the group a feature needs from it (<c>.Reviews</c>, <c>.VoterReports</c>, <c>.DutyScore</c>…).
    /// </summary>
    public static async Task<TownshipSettings> SettingsForAsync(this IAppDbContext db, Guid townshipId, CancellationToken ct) =>
        await db.TownshipSettings.AsNoTracking().FirstOrDefaultAsync(s => s.TownshipId == townshipId, ct)
        ?? TownshipSettings.DefaultsFor(townshipId);
}
