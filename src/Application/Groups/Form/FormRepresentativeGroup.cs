using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Application.Common.Validation;
using DeputyPortal.Domain.Groups;
using FluentValidation;
using Mediator;

namespace DeputyPortal.Application.Groups.Form;

/// <summary>Forms a group of the term's deputies; a term of another township is not found.</summary>
[Authorize(Roles.TownshipSecretary)]
public sealed record FormRepresentativeGroup(
    Guid TermId, string Name, IReadOnlyList<Guid> MemberDeputyIds, Guid LeaderDeputyId, Guid? LiaisonPresidiumMemberId = null)
    : ICommand<RepresentativeGroupDto>, IGroupFields;

public sealed class FormRepresentativeGroupValidator : AbstractValidator<FormRepresentativeGroup>
{
    public FormRepresentativeGroupValidator()
    {
        RuleFor(c => c.TermId).RequiredId().WithName("届");
        Include(new GroupFieldsValidator());
    }
}

public sealed class FormRepresentativeGroupHandler(IAppDbContext db) : ICommandHandler<FormRepresentativeGroup, RepresentativeGroupDto>
{
    public async ValueTask<RepresentativeGroupDto> Handle(FormRepresentativeGroup command, CancellationToken cancellationToken)
    {
        var term = await db.Terms.GetAsync(command.TermId, "届", cancellationToken);
        var (members, leader, liaison) = await db.LoadGroupParticipantsAsync(command, cancellationToken);
        var group = RepresentativeGroup.Form(term, command.Name.Trim(), members, leader, liaison);
        db.RepresentativeGroups.Add(group);
        await db.SaveChangesAsync(cancellationToken);
        return group.ToDto();
    }
}
