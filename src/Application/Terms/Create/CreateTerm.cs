using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Application.Common.Validation;
using DeputyPortal.Domain.Terms;
using FluentValidation;
using Mediator;

namespace DeputyPortal.Application.Terms.Create;

/// <summary>A secretary opens a new term of their township; the number is unique per township (409 otherwise).</summary>
[Authorize(Roles.TownshipSecretary)]
public sealed record CreateTerm(Guid TownshipId, int Number, DateOnly StartsOn, DateOnly EndsOn, DateOnly? ElectedOn = null)
    : ICommand<TermDto>, ITownshipCommand, ITermDates;

public sealed class CreateTermValidator : AbstractValidator<CreateTerm>
{
    /// <summary>Names are written with Chinese numerals up to 九十九 (第九十九届).</summary>
    public const int MaxNumber = 99;

    public CreateTermValidator()
    {
        RuleFor(c => c.TownshipId).RequiredId().WithName("乡镇");
        RuleFor(c => c.Number).InclusiveBetween(1, MaxNumber).WithErrorCode("Range")
            .WithMessage($"{{PropertyName}}应在1至{MaxNumber}之间。").WithName("届次");
        Include(new TermDatesValidator());
    }
}

public sealed class CreateTermHandler(IAppDbContext db) : ICommandHandler<CreateTerm, TermDto>
{
    public async ValueTask<TermDto> Handle(CreateTerm command, CancellationToken cancellationToken)
    {
        var term = Term.Create(command.TownshipId, command.Number, command.StartsOn, command.EndsOn, command.ElectedOn);
        db.Terms.Add(term);
        await db.SaveChangesAsync(cancellationToken);
        return term.ToDto();
    }
}
