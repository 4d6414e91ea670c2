using DeputyPortal.Domain.Settings;
using Riok.Mapperly.Abstractions;

namespace DeputyPortal.Application.Settings;

[Mapper]
public static partial class TownshipSettingsMapper
{
    // The row's own id means nothing to clients (a township has one row at most, addressed by the township), and
    // the compliance numbers are shown once, as the Compliance record, so only the DTO's members must all be mapped.
    [MapperRequiredMapping(RequiredMappingStrategy.Target)]
    public static partial TownshipSettingsDto ToDto(this TownshipSettings settings);
}
