using DeputyPortal.Application.Common.Exceptions;
using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Application.Common.Validation;
using DeputyPortal.Domain.Districts;
using FluentValidation;
using Mediator;

namespace DeputyPortal.Application.Districts.Create;

/// <summary>
/// A secretary sets up a district of a term of their township. The township comes from the term, which must be one
/// the caller may write (another township's term is not found); names are unique per term (409 otherwise).
/// </summary>
[Authorize(Roles.TownshipSecretary)]
public sealed record CreateDistrict(Guid TermId, string Name, int VoterCount, int Seats) : ICommand<DistrictDto>, IDistrictFields;

public sealed class CreateDistrictValidator : AbstractValidator<CreateDistrict>
{
    public CreateDistrictValidator()
    {
        RuleFor(c => c.TermId).RequiredId().WithName("届");
        Include(new DistrictFieldsValidator());
    }
}

public sealed class CreateDistrictHandler(IAppDbContext db, ICurrentUser user) : ICommandHandler<CreateDistrict, DistrictDto>
{
    public async ValueTask<DistrictDto> Handle(CreateDistrict command, CancellationToken cancellationToken)
    {
        var term = await db.Terms.GetAsync(command.TermId, "届", cancellationToken);
        if (!user.CanWriteTownship(term.TownshipId))
        {
            throw new NotFoundException("届", command.TermId);
        }

        var district = ElectoralDistrict.Create(term, command.Name.Trim(), command.VoterCount, command.Seats);
        db.ElectoralDistricts.Add(district);
        await db.SaveChangesAsync(cancellationToken);
        return district.ToDto();
    }
}
