using DeputyPortal.Domain.Common;
using DeputyPortal.Domain.Constituents;
using DeputyPortal.Domain.Contacts;
using DeputyPortal.Domain.Deputies;

namespace DeputyPortal.Domain.UnitTests;

/// <summary>联系选民记录: a deputy logs contacts with their own constituents (or a named person) and the concerns raised.</summary>
public sealed class ConstituentContactTests
{
    private static readonly DateOnly Today = Fixtures.Date("2025-05-20");

    [Fact]
    public void Contact_WithOwnConstituents_IsLoggedWithItsConcerns()
    {
        var deputy = Fixtures.Deputy(Fixtures.Term());
        var (li, wang) = (Constituent(deputy, "李娜"), Constituent(deputy, "王芳"));

        var contact = ConstituentContact.Log(deputy, [li, wang], null, Today.AddDays(-1), ContactChannel.Visit, "走访茶亭村", ["水渠失修", "路灯不亮"], Today);

        Assert.Equal((deputy.TownshipId, deputy.TermId, deputy.Id, Today.AddDays(-1), ContactChannel.Visit), (contact.TownshipId, contact.TermId, contact.DeputyId, contact.ContactedOn, contact.Channel));
        Assert.Equal(new[] { li.Id, wang.Id }.Order(), contact.Constituents.Select(c => c.ConstituentId).Order());
        Assert.Equal(["水渠失修", "路灯不亮"], contact.Concerns.Select(c => c.Text));
        Assert.All(contact.Concerns, c => Assert.Null(c.ProposalId));
    }

    [Fact]
    public void Contact_WithSomeoneNotAssigned_IsLoggedUnderTheirNameTrimmed()
    {
        var deputy = Fixtures.Deputy(Fixtures.Term());

        var contact = ConstituentContact.Log(deputy, [], "  赵大爷 ", Today, ContactChannel.WalkIn, "来访反映问题", [], Today);

        Assert.Equal("赵大爷", contact.OtherPerson);
        Assert.Empty(contact.Constituents);
    }

    [Fact]
    public void Contact_WithAnotherDeputysConstituent_IsRefused()
    {
        var term = Fixtures.Term();
        var deputy = Fixtures.Deputy(term, "张伟");
        var colleaguesConstituent = Constituent(Fixtures.Deputy(term, "李强"), "王芳");

        var violation = RuleAssert.Breaks("ContactOwnConstituents", () =>
            ConstituentContact.Log(deputy, [Constituent(deputy, "李娜"), colleaguesConstituent], null, Today, ContactChannel.Visit, "走访", [], Today));

        Assert.Equal("constituentIds", violation.Field);
    }

    [Fact]
    public void Contact_InTheFuture_IsRefused()
    {
        var deputy = Fixtures.Deputy(Fixtures.Term());

        var violation = RuleAssert.Breaks("ContactNotInFuture", () =>
            ConstituentContact.Log(deputy, [Constituent(deputy)], null, Today.AddDays(1), ContactChannel.Phone, "电话联系", [], Today));

        Assert.Equal("contactedOn", violation.Field);
    }

    [Fact]
    public void Contact_Today_IsAccepted()
    {
        var deputy = Fixtures.Deputy(Fixtures.Term());

        Assert.Equal(Today, ConstituentContact.Log(deputy, [Constituent(deputy)], null, Today, ContactChannel.Phone, "电话联系", [], Today).ContactedOn);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void Contact_NamingNobody_IsRefused(string? otherPerson)
    {
        var deputy = Fixtures.Deputy(Fixtures.Term());

        RuleAssert.Breaks("ContactNamesSomeone", () => ConstituentContact.Log(deputy, [], otherPerson, Today, ContactChannel.Visit, "走访", [], Today));
    }

    [Fact]
    public void Contact_ByADeputyWhoseMandateEnded_IsRefused()
    {
        var term = Fixtures.Term();
        var deputy = Fixtures.Deputy(term);
        var constituent = Constituent(deputy);
        deputy.TerminateMandate(new DateOnly(2025, 1, 1), "辞职", term.Period);

        RuleAssert.Breaks("ContactByServingDeputy", () => ConstituentContact.Log(deputy, [constituent], null, Today, ContactChannel.Visit, "走访", [], Today));
    }

    [Fact]
    public void Contact_NamingAConstituentTwice_IsRefused()
    {
        var deputy = Fixtures.Deputy(Fixtures.Term());
        var constituent = Constituent(deputy);

        RuleAssert.Breaks("ConstituentsAreDistinct", () => ConstituentContact.Log(deputy, [constituent, constituent], null, Today, ContactChannel.Visit, "走访", [], Today));
    }

    [Fact]
    public void Contact_WithMoreThanTwentyConcerns_IsRefused()
    {
        var deputy = Fixtures.Deputy(Fixtures.Term());
        var concerns = Enumerable.Range(1, ConstituentContact.MaxConcerns + 1).Select(i => $"问题{i}").ToList();

        RuleAssert.Breaks("ConcernsWithinLimit", () => ConstituentContact.Log(deputy, [Constituent(deputy)], null, Today, ContactChannel.Forum, "座谈", concerns, Today));
    }

    [Fact]
    public void Concern_LinkedToAProposal_RemembersIt()
    {
        var contact = ContactWithConcerns("水渠失修", "路灯不亮");
        var (water, lights) = (contact.Concerns.First(), contact.Concerns.Last());
        var proposalId = Guid.CreateVersion7();

        var linked = contact.LinkConcernToProposal(water.Id, proposalId);

        Assert.Same(water, linked);
        Assert.Equal(proposalId, water.ProposalId);
        Assert.Null(lights.ProposalId);
    }

    [Fact]
    public void Concern_LinkedASecondTime_ConflictsWithState()
    {
        var contact = ContactWithConcerns("水渠失修");
        var concern = contact.Concerns.Single();
        var firstProposal = Guid.CreateVersion7();
        contact.LinkConcernToProposal(concern.Id, firstProposal);

        RuleAssert.Breaks("ConcernBecomesOneProposal", () => contact.LinkConcernToProposal(concern.Id, Guid.CreateVersion7()), RuleViolationKind.ConflictsWithState);
        Assert.Equal(firstProposal, concern.ProposalId);
    }

    [Fact]
    public void Concern_OfAnotherContact_CannotBeLinked()
    {
        var contact = ContactWithConcerns("水渠失修");
        var stranger = ContactWithConcerns("路灯不亮").Concerns.Single();

        RuleAssert.Breaks("ConcernOfContact", () => contact.LinkConcernToProposal(stranger.Id, Guid.CreateVersion7()));
    }

    private static Constituent Constituent(Deputy deputy, string name = "李娜") =>
        Constituents.Constituent.AssignTo(deputy, name, ConstituentKind.Voter, "茶亭村", null, null);

    private static ConstituentContact ContactWithConcerns(params string[] concerns)
    {
        var deputy = Fixtures.Deputy(Fixtures.Term());
        return ConstituentContact.Log(deputy, [Constituent(deputy)], null, Today, ContactChannel.ReceptionDay, "代表接待日", concerns, Today);
    }
}
