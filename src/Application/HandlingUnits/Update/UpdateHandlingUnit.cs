using System.Text.Json.Serialization;
using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Domain.HandlingUnits;
using FluentValidation;
using Mediator;

namespace DeputyPortal.Application.HandlingUnits.Update;

[Authorize(Roles.TownshipSecretary)]
public sealed record UpdateHandlingUnit(string Name, HandlingUnitKind Kind, string? HeadName = null)
    : ICommand<HandlingUnitDto>, IVersionedCommand, IHandlingUnitFields
{
    [JsonIgnore]
    public Guid Id { get; init; }

    [JsonIgnore]
    public uint ExpectedVersion { get; init; }
}

public sealed class UpdateHandlingUnitValidator : AbstractValidator<UpdateHandlingUnit>
{
    public UpdateHandlingUnitValidator() => Include(new HandlingUnitFieldsValidator());
}

public sealed class UpdateHandlingUnitHandler(IAppDbContext db) : ICommandHandler<UpdateHandlingUnit, HandlingUnitDto>
{
    public async ValueTask<HandlingUnitDto> Handle(UpdateHandlingUnit command, CancellationToken cancellationToken)
    {
        var unit = await db.LoadForChangeAsync<HandlingUnit>(command.Id, command.ExpectedVersion, "承办单位", cancellationToken);
        unit.Update(command.Name.Trim(), command.Kind, command.HeadName?.Trim());
        await db.SaveChangesAsync(cancellationToken);
        return unit.ToDto();
    }
}
