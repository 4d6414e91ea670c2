using DeputyPortal.Domain.Settings;
using Riok.Mapperly.Abstractions;

namespace DeputyPortal.Application.Settings;

[Mapper]
public static partial class TownshipSettingsMapper
{
    // The row's own id means nothing to clients (a township has one row at most, addressed by the township);
    // Proposals is the same numbers again as the domain's rules record.
    [MapperIgnoreSource(nameof(TownshipSettings.Id))]
    [MapperIgnoreSource(nameof(TownshipSettings.Proposals))]
    public static partial TownshipSettingsDto ToDto(this TownshipSettings settings);
}
