using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace DeputyPortal.Application.Settings;

internal static class TownshipSettingsLookup
{
    public const string Resource = "乡镇设置";

    /// <summary>The id of the township's stored settings (to load them for a change), or null while it uses the defaults.</summary>
    public static Task<Guid?> StoredSettingsIdAsync(this IAppDbContext db, Guid townshipId, CancellationToken ct) =>
        db.TownshipSettings.Where(s => s.TownshipId == townshipId).Select(s => (Guid?)s.Id).FirstOrDefaultAsync(ct);
}
