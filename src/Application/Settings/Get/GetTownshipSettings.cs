using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Domain.Settings;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DeputyPortal.Application.Settings.Get;

/// <summary>The settings a township works by: anyone who reads the township may see them.</summary>
[Authorize]
public sealed record GetTownshipSettings(Guid TownshipId) : IQuery<TownshipSettingsDto>;

public sealed class GetTownshipSettingsHandler(IAppDbContext db) : IQueryHandler<GetTownshipSettings, TownshipSettingsDto>
{
    public async ValueTask<TownshipSettingsDto> Handle(GetTownshipSettings query, CancellationToken cancellationToken)
    {
        var township = await db.Townships.GetAsync(query.TownshipId, "乡镇", cancellationToken);
        var stored = await db.TownshipSettings.AsNoTracking().FirstOrDefaultAsync(s => s.TownshipId == township.Id, cancellationToken);
        return (stored ?? TownshipSettings.DefaultsFor(township.Id)).ToDto();
    }
}
