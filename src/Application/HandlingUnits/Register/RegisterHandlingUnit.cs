using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Application.Common.Validation;
using DeputyPortal.Domain.HandlingUnits;
using FluentValidation;
using Mediator;

namespace DeputyPortal.Application.HandlingUnits.Register;

[Authorize(Roles.TownshipSecretary)]
public sealed record RegisterHandlingUnit(Guid TownshipId, string Name, HandlingUnitKind Kind, string? HeadName = null)
    : ICommand<HandlingUnitDto>, ITownshipCommand, IHandlingUnitFields;

public sealed class RegisterHandlingUnitValidator : AbstractValidator<RegisterHandlingUnit>
{
    public RegisterHandlingUnitValidator()
    {
        RuleFor(c => c.TownshipId).RequiredId().WithName("乡镇");
        Include(new HandlingUnitFieldsValidator());
    }
}

public sealed class RegisterHandlingUnitHandler(IAppDbContext db) : ICommandHandler<RegisterHandlingUnit, HandlingUnitDto>
{
    public async ValueTask<HandlingUnitDto> Handle(RegisterHandlingUnit command, CancellationToken cancellationToken)
    {
        var unit = HandlingUnit.Register(command.TownshipId, command.Name.Trim(), command.Kind, command.HeadName?.Trim());
        db.HandlingUnits.Add(unit);
        await db.SaveChangesAsync(cancellationToken);
        return unit.ToDto();
    }
}
