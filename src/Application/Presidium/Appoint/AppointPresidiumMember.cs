using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Application.Common.Validation;
using DeputyPortal.Domain.Presidium;
using FluentValidation;
using Mediator;

namespace DeputyPortal.Application.Presidium.Appoint;

/// <summary>Gives a serving deputy of the term a presidium post from a date; term and deputy of another township are not found.</summary>
[Authorize(Roles.TownshipSecretary)]
public sealed record AppointPresidiumMember(Guid TermId, Guid DeputyId, PresidiumPost Post, DateOnly ServesFrom) : ICommand<PresidiumMemberDto>;

public sealed class AppointPresidiumMemberValidator : AbstractValidator<AppointPresidiumMember>
{
    public AppointPresidiumMemberValidator()
    {
        RuleFor(c => c.TermId).RequiredId().WithName("届");
        RuleFor(c => c.DeputyId).RequiredId().WithName("代表");
        RuleFor(c => c.Post).KnownValue().WithName("职务");
        RuleFor(c => c.ServesFrom).NotEmpty().WithErrorCode("Required").WithMessage("{PropertyName}不能为空。").WithName("任职开始日期");
    }
}

public sealed class AppointPresidiumMemberHandler(IAppDbContext db) : ICommandHandler<AppointPresidiumMember, PresidiumMemberDto>
{
    public async ValueTask<PresidiumMemberDto> Handle(AppointPresidiumMember command, CancellationToken cancellationToken)
    {
        var term = await db.Terms.GetAsync(command.TermId, "届", cancellationToken);
        var deputy = await db.Deputies.GetAsync(command.DeputyId, "代表", cancellationToken);
        var member = PresidiumMember.Appoint(term, deputy, command.Post, command.ServesFrom);
        db.PresidiumMembers.Add(member);
        await db.SaveChangesAsync(cancellationToken);
        return member.ToDto(deputy.Name);
    }
}
