using DeputyPortal.Domain.Common;
using DeputyPortal.Domain.Deputies;
using DeputyPortal.Domain.Presidium;
using DeputyPortal.Domain.Terms;

namespace DeputyPortal.Domain.Groups;

/// <summary>代表小组: deputies of one term who act together, led by a 组长 and linked to a presidium member.</summary>
public sealed class RepresentativeGroup : Entity, ITownshipScoped
{
    public const int NameMaxLength = 50;

    private readonly List<GroupMembership> _members = [];

    private RepresentativeGroup()
    {
    }

    public Guid TownshipId { get; private set; }

    public Guid TermId { get; private set; }

    public string Name { get; private set; } = null!;

    public Guid LeaderDeputyId { get; private set; }

    public Guid? LiaisonPresidiumMemberId { get; private set; }

    public IReadOnlyCollection<GroupMembership> Members => _members;

    public static RepresentativeGroup Form(
        Term term, string name, IReadOnlyCollection<Deputy> members, Deputy leader, PresidiumMember? liaison)
    {
        var group = new RepresentativeGroup { TownshipId = term.TownshipId, TermId = term.Id };
        group.Reorganize(name, members, leader, liaison);
        return group;
    }

    /// <summary>Sets name, members, leader and liaison at once, so the group is never seen half-changed.</summary>
    public void Reorganize(string name, IReadOnlyCollection<Deputy> members, Deputy leader, PresidiumMember? liaison)
    {
        Rule.Require(members.Count > 0, "GroupHasMembers", "代表小组至少要有一名成员。", "memberDeputyIds");
        Rule.Require(
            members.All(m => m.TermId == TermId && m.TownshipId == TownshipId),
            "GroupMembersOfSameTownshipAndTerm",
            "代表小组成员必须是本乡镇本届的代表。",
            "memberDeputyIds");
        Rule.Require(members.Any(m => m.Id == leader.Id), "GroupLeaderIsMember", "组长必须是本小组成员。", "leaderDeputyId");
        Rule.Require(
            liaison is null || (liaison.TermId == TermId && liaison.TownshipId == TownshipId),
            "GroupLiaisonIsPresidiumMemberOfTerm",
            "联系主席团成员必须是本乡镇本届的主席团成员。",
            "liaisonPresidiumMemberId");

        Name = name;
        LeaderDeputyId = leader.Id;
        LiaisonPresidiumMemberId = liaison?.Id;
        var wanted = members.Select(m => m.Id).ToHashSet();
        _members.RemoveAll(m => !wanted.Contains(m.DeputyId));
        foreach (var deputyId in wanted.Where(id => _members.TrueForAll(m => m.DeputyId != id)))
        {
            _members.Add(new GroupMembership(Id, deputyId));
        }
    }
}
