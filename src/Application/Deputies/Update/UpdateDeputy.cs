using System.Text.Json.Serialization;
using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Application.Common.Validation;
using DeputyPortal.Domain.Deputies;
using FluentValidation;
using Mediator;

namespace DeputyPortal.Application.Deputies.Update;

/// <summary>Corrects a deputy's profile; a changed district moves the deputy to that district of the same term.</summary>
[Authorize(Roles.TownshipSecretary)]
public sealed record UpdateDeputy(
    Guid DistrictId,
    string Name,
    Gender Gender,
    DateOnly BirthDate,
    string Ethnicity,
    PartyAffiliation Party,
    OccupationCategory Occupation,
    Education Education,
    bool IsReelected,
    bool IsCountyDeputy,
    string? Phone = null) : ICommand<DeputyDto>, IVersionedCommand, IDeputyFields
{
    [JsonIgnore]
    public Guid Id { get; init; }

    [JsonIgnore]
    public uint ExpectedVersion { get; init; }
}

public sealed class UpdateDeputyValidator : AbstractValidator<UpdateDeputy>
{
    public UpdateDeputyValidator(TimeProvider clock)
    {
        RuleFor(c => c.DistrictId).RequiredId().WithName("选区");
        Include(new DeputyFieldsValidator(clock));
    }
}

public sealed class UpdateDeputyHandler(IAppDbContext db) : ICommandHandler<UpdateDeputy, DeputyDto>
{
    public async ValueTask<DeputyDto> Handle(UpdateDeputy command, CancellationToken cancellationToken)
    {
        var deputy = await db.LoadForChangeAsync<Deputy>(command.Id, command.ExpectedVersion, "代表", cancellationToken);
        if (command.DistrictId != deputy.DistrictId)
        {
            deputy.MoveTo(await db.ElectoralDistricts.GetAsync(command.DistrictId, "选区", cancellationToken));
        }

        deputy.UpdateProfile(command.ToProfile());
        await db.SaveChangesAsync(cancellationToken);
        return deputy.ToDto();
    }
}
