using System.Text.Json.Serialization;
using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Domain.Districts;
using FluentValidation;
using Mediator;

namespace DeputyPortal.Application.Districts.Update;

[Authorize(Roles.TownshipSecretary)]
public sealed record UpdateDistrict(string Name, int VoterCount, int Seats)
    : ICommand<DistrictDto>, IVersionedCommand, IDistrictFields
{
    [JsonIgnore]
    public Guid Id { get; init; }

    [JsonIgnore]
    public uint ExpectedVersion { get; init; }
}

public sealed class UpdateDistrictValidator : AbstractValidator<UpdateDistrict>
{
    public UpdateDistrictValidator() => Include(new DistrictFieldsValidator());
}

public sealed class UpdateDistrictHandler(IAppDbContext db) : ICommandHandler<UpdateDistrict, DistrictDto>
{
    public async ValueTask<DistrictDto> Handle(UpdateDistrict command, CancellationToken cancellationToken)
    {
        var district = await db.LoadForChangeAsync<ElectoralDistrict>(command.Id, command.ExpectedVersion, "选区", cancellationToken);
        district.Update(command.Name.Trim(), command.VoterCount, command.Seats);
        await db.SaveChangesAsync(cancellationToken);
        return district.ToDto();
    }
}
