using System.Text.Json.Serialization;
using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Domain.HandlingUnits;
using Mediator;

namespace DeputyPortal.Application.HandlingUnits.ChangeStatus;

/// <summary>停用 / 启用: a unit is never deleted, because proposals keep referring to it.</summary>
[Authorize(Roles.TownshipSecretary)]
public sealed record ChangeHandlingUnitStatus(Guid Id, bool Active) : ICommand<HandlingUnitDto>, IVersionedCommand
{
    [JsonIgnore]
    public uint ExpectedVersion { get; init; }
}

public sealed class ChangeHandlingUnitStatusHandler(IAppDbContext db) : ICommandHandler<ChangeHandlingUnitStatus, HandlingUnitDto>
{
    public async ValueTask<HandlingUnitDto> Handle(ChangeHandlingUnitStatus command, CancellationToken cancellationToken)
    {
        var unit = await db.LoadForChangeAsync<HandlingUnit>(command.Id, command.ExpectedVersion, "承办单位", cancellationToken);
        if (command.Active)
        {
            unit.Reactivate();
        }
        else
        {
            unit.Deactivate();
        }

        await db.SaveChangesAsync(cancellationToken);
        return unit.ToDto();
    }
}
