using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace DeputyPortal.Application.Settings;

internal static class TownshipSettingsLookup
{
    public const string Resource = "乡镇设置";

    /// <summary>The township's stored settings (tracked, for a change), or null while it uses the defaults.</summary>
    public static Task<TownshipSettings?> StoredSettingsAsync(this IAppDbContext db, Guid townshipId, CancellationToken ct) =>
        db.TownshipSettings.FirstOrDefaultAsync(s => s.TownshipId == townshipId, ct);
}
