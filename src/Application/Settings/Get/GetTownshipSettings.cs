using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Security;
using Mediator;

namespace DeputyPortal.Application.Settings.Get;

/// <summary>The settings a township works by: anyone who reads the township may see them.</summary>
[Authorize]
public sealed record GetTownshipSettings(Guid TownshipId) : IQuery<TownshipSettingsDto>;

public sealed class GetTownshipSettingsHandler(IAppDbContext db) : IQueryHandler<GetTownshipSettings, TownshipSettingsDto>
{
    public async ValueTask<TownshipSettingsDto> Handle(GetTownshipSettings query, CancellationToken cancellationToken)
    {
        var township = await db.Townships.GetAsync(query.TownshipId, "乡镇", cancellationToken);
        return (await db.SettingsForAsync(township.Id, cancellationToken)).ToDto();
    }
}
