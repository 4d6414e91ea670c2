using DeputyPortal.Application.Common.Exceptions;
using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Application.Common.Validation;
using DeputyPortal.Domain.Constituents;
using FluentValidation;
using Mediator;

namespace DeputyPortal.Application.Constituents.Create;

/// <summary>Assigns a new voter or household to a serving deputy of the township (固定联系).</summary>
[Authorize(Roles.TownshipSecretary)]
public sealed record CreateConstituent(
    Guid TownshipId, Guid DeputyId, string Name, ConstituentKind Kind, string Village, string? Address = null, string? Phone = null)
    : ICommand<ConstituentDto>, ITownshipCommand, IConstituentFields;

public sealed class CreateConstituentValidator : AbstractValidator<CreateConstituent>
{
    public CreateConstituentValidator()
    {
        RuleFor(c => c.TownshipId).RequiredId().WithName("乡镇");
        RuleFor(c => c.DeputyId).RequiredId().WithName("联系代表");
        Include(new ConstituentFieldsValidator());
    }
}

public sealed class CreateConstituentHandler(IAppDbContext db) : ICommandHandler<CreateConstituent, ConstituentDto>
{
    public async ValueTask<ConstituentDto> Handle(CreateConstituent command, CancellationToken cancellationToken)
    {
        var deputy = await db.Deputies.GetAsync(command.DeputyId, "代表", cancellationToken);
        if (deputy.TownshipId != command.TownshipId)
        {
            throw new NotFoundException("代表", command.DeputyId);
        }

        var constituent = Constituent.AssignTo(
            deputy,
            command.Name.Trim(),
            command.Kind,
            command.Village.Trim(),
            ConstituentText.Optional(command.Address),
            ConstituentText.Optional(command.Phone));
        db.Constituents.Add(constituent);
        await db.SaveChangesAsync(cancellationToken);
        return constituent.ToDto();
    }
}
