using System.Text.Json.Serialization;
using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Domain.Townships;
using FluentValidation;
using Mediator;

namespace DeputyPortal.Application.Townships.Update;

[Authorize(Roles.Admin)]
public sealed record UpdateTownship(string Code, string Name, string County)
    : ICommand<TownshipDto>, IVersionedCommand, ITownshipFields
{
    [JsonIgnore]
    public Guid Id { get; init; }

    [JsonIgnore]
    public uint ExpectedVersion { get; init; }
}

public sealed class UpdateTownshipValidator : AbstractValidator<UpdateTownship>
{
    public UpdateTownshipValidator() => Include(new TownshipFieldsValidator());
}

public sealed class UpdateTownshipHandler(IAppDbContext db) : ICommandHandler<UpdateTownship, TownshipDto>
{
    public async ValueTask<TownshipDto> Handle(UpdateTownship command, CancellationToken cancellationToken)
    {
        var township = await db.LoadForChangeAsync<Township>(command.Id, command.ExpectedVersion, "乡镇", cancellationToken);
        township.Update(command.Code.Trim(), command.Name.Trim(), command.County.Trim());
        await db.SaveChangesAsync(cancellationToken);
        return township.ToDto();
    }
}
