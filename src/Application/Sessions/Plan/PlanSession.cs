using DeputyPortal.Application.Common.Exceptions;
using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Application.Common.Validation;
using DeputyPortal.Domain.Sessions;
using FluentValidation;
using Mediator;

namespace DeputyPortal.Application.Sessions.Plan;

/// <summary>
/// A secretary plans the N-th session of a term of their township. The township comes from the term, which must be
/// one the caller may write (another township's term is not found); the number is unique per term (409 otherwise).
/// </summary>
[Authorize(Roles.TownshipSecretary)]
public sealed record PlanSession(Guid TermId, int Number) : ICommand<SessionDto>;

public sealed class PlanSessionValidator : AbstractValidator<PlanSession>
{
    /// <summary>Names are written with Chinese numerals up to 九十九 (第九十九次会议).</summary>
    public const int MaxNumber = 99;

    public PlanSessionValidator()
    {
        RuleFor(c => c.TermId).RequiredId().WithName("届");

        // The lower bound is the domain's rule SessionNumberIsPositive.
        RuleFor(c => c.Number).LessThanOrEqualTo(MaxNumber).WithErrorCode("Range")
            .WithMessage($"{{PropertyName}}不能超过{MaxNumber}。").WithName("会议次数");
    }
}

public sealed class PlanSessionHandler(IAppDbContext db, ICurrentUser user) : ICommandHandler<PlanSession, SessionDto>
{
    public async ValueTask<SessionDto> Handle(PlanSession command, CancellationToken cancellationToken)
    {
        var term = await db.Terms.GetAsync(command.TermId, "届", cancellationToken);
        if (!user.CanWriteTownship(term.TownshipId))
        {
            throw new NotFoundException("届", command.TermId);
        }

        var session = CongressSession.Plan(term, command.Number);
        db.CongressSessions.Add(session);
        await db.SaveChangesAsync(cancellationToken);
        return session.ToDto();
    }
}
