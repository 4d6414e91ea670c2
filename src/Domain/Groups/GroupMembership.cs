namespace DeputyPortal.Domain.Groups;

/// <summary>A deputy's membership of a representative group.</summary>
public sealed class GroupMembership(Guid groupId, Guid deputyId)
{
    public Guid GroupId { get; private set; } = groupId;

    public Guid DeputyId { get; private set; } = deputyId;
}
