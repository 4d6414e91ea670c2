using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Domain.Townships;
using FluentValidation;
using Mediator;

namespace DeputyPortal.Application.Townships.Create;

/// <summary>Townships are managed by the administrator (DESIGN §1); a duplicate code is refused by the unique index (409).</summary>
[Authorize(Roles.Admin)]
public sealed record CreateTownship(string Code, string Name, string County) : ICommand<TownshipDto>, ITownshipFields;

public sealed class CreateTownshipValidator : AbstractValidator<CreateTownship>
{
    public CreateTownshipValidator() => Include(new TownshipFieldsValidator());
}

public sealed class CreateTownshipHandler(IAppDbContext db) : ICommandHandler<CreateTownship, TownshipDto>
{
    public async ValueTask<TownshipDto> Handle(CreateTownship command, CancellationToken cancellationToken)
    {
        var township = Township.Create(command.Code.Trim(), command.Name.Trim(), command.County.Trim());
        db.Townships.Add(township);
        await db.SaveChangesAsync(cancellationToken);
        return township.ToDto();
    }
}
