using System.Text.Json.Serialization;
using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Domain.Constituents;
using FluentValidation;
using Mediator;

namespace DeputyPortal.Application.Constituents.Update;

[Authorize(Roles.TownshipSecretary)]
public sealed record UpdateConstituent(string Name, ConstituentKind Kind, string Village, string? Address = null, string? Phone = null)
    : ICommand<ConstituentDto>, IVersionedCommand, IConstituentFields
{
    [JsonIgnore]
    public Guid Id { get; init; }

    [JsonIgnore]
    public uint ExpectedVersion { get; init; }
}

public sealed class UpdateConstituentValidator : AbstractValidator<UpdateConstituent>
{
    public UpdateConstituentValidator() => Include(new ConstituentFieldsValidator());
}

public sealed class UpdateConstituentHandler(IAppDbContext db) : ICommandHandler<UpdateConstituent, ConstituentDto>
{
    public async ValueTask<ConstituentDto> Handle(UpdateConstituent command, CancellationToken cancellationToken)
    {
        var constituent = await db.LoadForChangeAsync<Constituent>(command.Id, command.ExpectedVersion, "选民", cancellationToken);
        constituent.Update(
            command.Name.Trim(),
            command.Kind,
            command.Village.Trim(),
            ConstituentText.Optional(command.Address),
            ConstituentText.Optional(command.Phone));
        await db.SaveChangesAsync(cancellationToken);
        return constituent.ToDto();
    }
}
