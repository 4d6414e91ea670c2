using DeputyPortal.Domain.Common;
using DeputyPortal.Domain.Constituents;
using DeputyPortal.Domain.Contacts;
using DeputyPortal.Domain.Deputies;

namespace DeputyPortal.Domain.UnitTests;

/// <summary>Correcting and removing a contact entry; concerns that became proposals stay as they are.</summary>
public sealed class ContactRevisionTests
{
    private static readonly DateOnly Today = Fixtures.Date("2025-05-20");

    [Fact]
    public void Revise_ReplacesFieldsConstituentsAndConcernsPositionByPosition()
    {
        var deputy = Fixtures.Deputy(Fixtures.Term());
        var (li, wang, zhao) = (Constituent(deputy, "李娜"), Constituent(deputy, "王芳"), Constituent(deputy, "赵强"));
        var contact = ConstituentContact.Log(deputy, [li, wang], null, Today, ContactChannel.Visit, "走访", ["水渠失修", "路灯不亮", "垃圾清运"], Today);
        var firstId = contact.Concerns.First().Id;

        contact.Revise([wang, zhao], " 赵大爷 ", Today.AddDays(-2), ContactChannel.Phone, "电话回访", ["水渠已修", "路灯仍不亮"], Today);

        Assert.Equal((Today.AddDays(-2), ContactChannel.Phone, "赵大爷", "电话回访"), (contact.ContactedOn, contact.Channel, contact.OtherPerson, contact.Summary));
        Assert.Equal(new[] { wang.Id, zhao.Id }.Order(), contact.Constituents.Select(c => c.ConstituentId).Order());
        Assert.Equal(["水渠已修", "路灯仍不亮"], contact.Concerns.Select(c => c.Text));
        Assert.Equal([1, 2], contact.Concerns.Select(c => c.Position));
        Assert.Equal(firstId, contact.Concerns.First().Id);
    }

    [Fact]
    public void Revise_KeepsAConstituentReassignedSince_ButRefusesANewOneOfAnotherDeputy()
    {
        var term = Fixtures.Term();
        var deputy = Fixtures.Deputy(term, "张伟");
        var colleague = Fixtures.Deputy(term, "李强");
        var li = Constituent(deputy, "李娜");
        var contact = ConstituentContact.Log(deputy, [li], null, Today, ContactChannel.Visit, "走访", [], Today);
        li.Reassign(colleague);

        contact.Revise([li], null, Today, ContactChannel.Visit, "走访（更正）", [], Today);

        Assert.Equal([li.Id], contact.Constituents.Select(c => c.ConstituentId));
        var violation = RuleAssert.Breaks("ContactOwnConstituents", () =>
            contact.Revise([li, Constituent(colleague, "王芳")], null, Today, ContactChannel.Visit, "走访", [], Today));
        Assert.Equal("constituentIds", violation.Field);
    }

    [Fact]
    public void Revise_FollowsTheRulesOfLogging()
    {
        var deputy = Fixtures.Deputy(Fixtures.Term());
        var contact = ConstituentContact.Log(deputy, [Constituent(deputy)], null, Today, ContactChannel.Visit, "走访", [], Today);

        RuleAssert.Breaks("ContactNotInFuture", () => contact.Revise([], "某人", Today.AddDays(1), ContactChannel.Visit, "走访", [], Today));
        RuleAssert.Breaks("ContactNamesSomeone", () => contact.Revise([], " ", Today, ContactChannel.Visit, "走访", [], Today));
        RuleAssert.Breaks("ConcernsWithinLimit", () => contact.Revise([], "某人", Today, ContactChannel.Visit, "走访", [.. Enumerable.Range(1, 21).Select(i => $"问题{i}")], Today));
        Assert.Equal("走访", contact.Summary);
    }

    [Theory]
    [InlineData("路灯不亮")]
    [InlineData("水渠失修（改）|路灯不亮")]
    [InlineData("路灯不亮|水渠失修")]
    [InlineData("")]
    public void Revise_DroppingChangingOrMovingAConcernWithAProposal_IsAConflict(string revised)
    {
        var concerns = revised.Split('|', StringSplitOptions.RemoveEmptyEntries);
        var deputy = Fixtures.Deputy(Fixtures.Term());
        var contact = ConstituentContact.Log(deputy, [Constituent(deputy)], null, Today, ContactChannel.Visit, "走访", ["水渠失修", "路灯不亮"], Today);
        contact.LinkConcernToProposal(contact.Concerns.First().Id, Guid.NewGuid());

        RuleAssert.Breaks("ConcernWithProposalIsKept", () => contact.Revise([], "某人", Today, ContactChannel.Visit, "走访", concerns, Today), RuleViolationKind.ConflictsWithState);

        Assert.Equal(["水渠失修", "路灯不亮"], contact.Concerns.Select(c => c.Text));
        Assert.Null(contact.OtherPerson);
    }

    [Fact]
    public void Revise_KeepingTheConcernWithAProposal_KeepsItsLink()
    {
        var deputy = Fixtures.Deputy(Fixtures.Term());
        var contact = ConstituentContact.Log(deputy, [Constituent(deputy)], null, Today, ContactChannel.Visit, "走访", ["水渠失修", "路灯不亮"], Today);
        var proposalId = Guid.NewGuid();
        var linked = contact.LinkConcernToProposal(contact.Concerns.First().Id, proposalId);

        contact.Revise([], "某人", Today, ContactChannel.Visit, "走访", ["水渠失修", "改为：垃圾清运", "新增问题"], Today);

        Assert.Equal(["水渠失修", "改为：垃圾清运", "新增问题"], contact.Concerns.Select(c => c.Text));
        Assert.Equal((linked.Id, proposalId), (contact.Concerns.First().Id, contact.Concerns.First().ProposalId));
    }

    [Fact]
    public void Remove_IsRefusedOnceAConcernBecameAProposal()
    {
        var deputy = Fixtures.Deputy(Fixtures.Term());
        var contact = ConstituentContact.Log(deputy, [Constituent(deputy)], null, Today, ContactChannel.Visit, "走访", ["水渠失修"], Today);
        contact.EnsureRemovable();

        contact.LinkConcernToProposal(contact.Concerns.Single().Id, Guid.NewGuid());

        RuleAssert.Breaks("ContactWithProposalIsKept", contact.EnsureRemovable, RuleViolationKind.ConflictsWithState);
    }

    private static Constituent Constituent(Deputy deputy, string name = "李娜") =>
        DeputyPortal.Domain.Constituents.Constituent.AssignTo(deputy, name, ConstituentKind.Voter, "茶亭村", null, null);
}
