using DeputyPortal.Application.Common.Exceptions;
using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Application.Common.Validation;
using DeputyPortal.Domain.Deputies;
using FluentValidation;
using Mediator;

namespace DeputyPortal.Application.Deputies.Register;

/// <summary>
/// Enters an elected deputy into the roster. The district decides township and term; a district the caller
/// cannot see (another township's) is answered as not found.
/// </summary>
[Authorize(Roles.TownshipSecretary)]
public sealed record RegisterDeputy(
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
    string? Phone = null) : ICommand<DeputyDto>, IDeputyFields;

public sealed class RegisterDeputyValidator : AbstractValidator<RegisterDeputy>
{
    public RegisterDeputyValidator(TimeProvider clock)
    {
        RuleFor(c => c.DistrictId).RequiredId().WithName("选区");
        Include(new DeputyFieldsValidator(clock));
    }
}

public sealed class RegisterDeputyHandler(IAppDbContext db, ICurrentUser user) : ICommandHandler<RegisterDeputy, DeputyDto>
{
    public async ValueTask<DeputyDto> Handle(RegisterDeputy command, CancellationToken cancellationToken)
    {
        var district = await db.ElectoralDistricts.GetAsync(command.DistrictId, "选区", cancellationToken);
        if (!user.CanWriteTownship(district.TownshipId))
        {
            // Query filters already hide other townships' districts; this keeps the write rule explicit.
            throw new NotFoundException("选区", command.DistrictId);
        }

        var deputy = Deputy.Elect(district, command.ToProfile());
        db.Deputies.Add(deputy);
        await db.SaveChangesAsync(cancellationToken);
        return deputy.ToDto();
    }
}
