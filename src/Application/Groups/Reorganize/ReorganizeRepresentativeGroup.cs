using System.Text.Json.Serialization;
using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Domain.Groups;
using FluentValidation;
using Mediator;

namespace DeputyPortal.Application.Groups.Reorganize;

/// <summary>Replaces name, members, leader and liaison of a group in one change.</summary>
[Authorize(Roles.TownshipSecretary)]
public sealed record ReorganizeRepresentativeGroup(
    string Name, IReadOnlyList<Guid> MemberDeputyIds, Guid LeaderDeputyId, Guid? LiaisonPresidiumMemberId = null)
    : ICommand<RepresentativeGroupDto>, IVersionedCommand, IGroupFields
{
    [JsonIgnore]
    public Guid Id { get; init; }

    [JsonIgnore]
    public uint ExpectedVersion { get; init; }
}

public sealed class ReorganizeRepresentativeGroupValidator : AbstractValidator<ReorganizeRepresentativeGroup>
{
    public ReorganizeRepresentativeGroupValidator() => Include(new GroupFieldsValidator());
}

public sealed class ReorganizeRepresentativeGroupHandler(IAppDbContext db) : ICommandHandler<ReorganizeRepresentativeGroup, RepresentativeGroupDto>
{
    public async ValueTask<RepresentativeGroupDto> Handle(ReorganizeRepresentativeGroup command, CancellationToken cancellationToken)
    {
        var group = await db.LoadForChangeAsync<RepresentativeGroup>(command.Id, command.ExpectedVersion, "代表小组", cancellationToken);
        var (members, leader, liaison) = await db.LoadGroupParticipantsAsync(command, cancellationToken);
        group.Reorganize(command.Name.Trim(), members, leader, liaison);
        await db.SaveChangesAsync(cancellationToken);
        return group.ToDto();
    }
}
