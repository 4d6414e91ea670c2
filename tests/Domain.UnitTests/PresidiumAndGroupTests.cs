using DeputyPortal.Domain.Groups;
using DeputyPortal.Domain.Presidium;

namespace DeputyPortal.Domain.UnitTests;

public sealed class PresidiumAndGroupTests
{
    [Fact]
    public void PresidiumMember_FromAnotherTerm_IsRefused()
    {
        var deputyOfOtherTerm = Fixtures.Deputy(Fixtures.Term(number: 17));

        RuleAssert.Breaks("PresidiumMemberIsDeputyOfTerm", () =>
            PresidiumMember.Appoint(Fixtures.Term(), deputyOfOtherTerm, PresidiumPost.Chair, new DateOnly(2022, 1, 1)));
    }

    [Fact]
    public void PresidiumMember_WhoseMandateEnded_IsRefused()
    {
        var term = Fixtures.Term();
        var deputy = Fixtures.Deputy(term);
        deputy.TerminateMandate(new DateOnly(2023, 1, 1), "辞职", term.Period);

        RuleAssert.Breaks("PresidiumMemberIsServingDeputy", () => PresidiumMember.Appoint(term, deputy, PresidiumPost.Member, new DateOnly(2023, 2, 1)));
    }

    [Fact]
    public void PresidiumPost_ServesWithinItsPeriod()
    {
        var term = Fixtures.Term();
        var member = PresidiumMember.Appoint(term, Fixtures.Deputy(term), PresidiumPost.ViceChair, new DateOnly(2022, 1, 1));

        member.EndPost(new DateOnly(2024, 12, 31));

        Assert.True(member.IsServingOn(new DateOnly(2024, 12, 31)));
        Assert.False(member.IsServingOn(new DateOnly(2025, 1, 1)));
    }

    [Fact]
    public void Group_WhoseLeaderIsNotAMember_IsRefused()
    {
        var term = Fixtures.Term();
        var members = new[] { Fixtures.Deputy(term, "甲"), Fixtures.Deputy(term, "乙") };

        RuleAssert.Breaks("GroupLeaderIsMember", () => RepresentativeGroup.Form(term, "第一小组", members, Fixtures.Deputy(term, "丙"), null));
    }

    [Fact]
    public void Group_WithMemberOfAnotherTownship_IsRefused()
    {
        var term = Fixtures.Term();
        var stranger = Fixtures.Deputy(Fixtures.Term(Fixtures.TownshipB));
        var leader = Fixtures.Deputy(term);

        RuleAssert.Breaks("GroupMembersOfSameTownshipAndTerm", () => RepresentativeGroup.Form(term, "第一小组", [leader, stranger], leader, null));
    }

    [Fact]
    public void Group_WithLiaisonOfAnotherTerm_IsRefused()
    {
        var term = Fixtures.Term();
        var otherTerm = Fixtures.Term(number: 17);
        var liaison = PresidiumMember.Appoint(otherTerm, Fixtures.Deputy(otherTerm), PresidiumPost.Member, otherTerm.StartsOn);
        var leader = Fixtures.Deputy(term);

        RuleAssert.Breaks("GroupLiaisonIsPresidiumMemberOfTerm", () => RepresentativeGroup.Form(term, "第一小组", [leader], leader, liaison));
    }

    [Fact]
    public void Group_Reorganized_KeepsExactlyTheNewMembers()
    {
        var term = Fixtures.Term();
        var (a, b, c) = (Fixtures.Deputy(term, "甲"), Fixtures.Deputy(term, "乙"), Fixtures.Deputy(term, "丙"));
        var group = RepresentativeGroup.Form(term, "第一小组", [a, b], a, null);

        group.Reorganize("第一小组", [b, c], c, null);

        Assert.Equal(new[] { b.Id, c.Id }.Order(), group.Members.Select(m => m.DeputyId).Order());
        Assert.Equal(c.Id, group.LeaderDeputyId);
    }
}
