using DeputyPortal.Domain.Proposals;

namespace DeputyPortal.Domain.UnitTests;

/// <summary>The three-colour warning (三色预警) of a proposal awaiting its reply, and its registration number.</summary>
public sealed class ProposalWarningTests
{
    private static readonly DateOnly Today = Fixtures.Date("2025-05-20");

    [Theory]
    [InlineData(31, WarningColor.Green)]
    [InlineData(30, WarningColor.Yellow)]
    [InlineData(8, WarningColor.Yellow)]
    [InlineData(7, WarningColor.Red)]
    [InlineData(0, WarningColor.Red)]
    [InlineData(-1, WarningColor.Red)]
    public void Warning_WithDefaultRules_IsGreenAbove30DaysYellowFrom30AndRedFrom7(int daysLeft, WarningColor color)
    {
        var warning = ProposalWarning.For(ProposalStatus.Assigned, Today.AddDays(daysLeft), Today, ProposalRules.Default);

        Assert.NotNull(warning);
        Assert.Equal((color, daysLeft), (warning.Color, warning.DaysLeft));
    }

    [Fact]
    public void Warning_OnTheDueDate_IsRedButNotOverdue()
    {
        var warning = ProposalWarning.For(ProposalStatus.Assigned, Today, Today, ProposalRules.Default);

        Assert.NotNull(warning);
        Assert.Equal((WarningColor.Red, false, 0), (warning.Color, warning.IsOverdue, warning.DaysOverdue));
    }

    [Fact]
    public void Warning_TheDayAfterTheDueDate_IsRedAndOneDayOverdue()
    {
        var warning = ProposalWarning.For(ProposalStatus.Assigned, Today.AddDays(-1), Today, ProposalRules.Default);

        Assert.NotNull(warning);
        Assert.Equal((WarningColor.Red, true, 1), (warning.Color, warning.IsOverdue, warning.DaysOverdue));
    }

    [Fact]
    public void Warning_WithDaysLeft_IsNotOverdue()
    {
        var warning = ProposalWarning.For(ProposalStatus.Assigned, Today.AddDays(20), Today, ProposalRules.Default);

        Assert.NotNull(warning);
        Assert.Equal((false, 0), (warning.IsOverdue, warning.DaysOverdue));
    }

    [Fact]
    public void Warning_InRehandling_CountsDownToTheRehandlingDeadline()
    {
        var warning = ProposalWarning.For(ProposalStatus.Rehandling, Today.AddDays(5), Today, ProposalRules.Default);

        Assert.Equal(new ProposalWarning(WarningColor.Red, 5), warning);
    }

    [Theory]
    [InlineData(ProposalStatus.Draft)]
    [InlineData(ProposalStatus.Submitted)]
    [InlineData(ProposalStatus.Registered)]
    [InlineData(ProposalStatus.Rejected)]
    [InlineData(ProposalStatus.Replied)]
    [InlineData(ProposalStatus.FollowUp)]
    [InlineData(ProposalStatus.Closed)]
    public void Warning_OfAProposalNotAwaitingItsReply_IsNone(ProposalStatus status) =>
        Assert.Null(ProposalWarning.For(status, Today.AddDays(-10), Today, ProposalRules.Default));

    [Fact]
    public void Warning_WithoutADeadline_IsNone() =>
        Assert.Null(ProposalWarning.For(ProposalStatus.Assigned, null, Today, ProposalRules.Default));

    [Theory]
    [InlineData(16, WarningColor.Green)]
    [InlineData(15, WarningColor.Yellow)]
    [InlineData(4, WarningColor.Yellow)]
    [InlineData(3, WarningColor.Red)]
    public void Warning_WithTheTownshipsThresholds_MovesTheBoundaries(int daysLeft, WarningColor color)
    {
        var rules = ProposalRules.Default with { YellowWarningDays = 15, RedWarningDays = 3 };

        Assert.Equal(color, ProposalWarning.For(ProposalStatus.Assigned, Today.AddDays(daysLeft), Today, rules)?.Color);
    }

    [Fact]
    public void Warning_OfAnAssignedProposal_TurnsGreenWhenAnExtensionIsApproved()
    {
        var world = new ProposalWorld();
        var proposal = world.Assigned(); // due 2025-06-10, 21 days after 2025-05-20
        Assert.Equal(new ProposalWarning(WarningColor.Yellow, 21), proposal.WarningOn(Today, world.Rules));
        var request = proposal.RequestExtension(world.LeadUnit.Id, Fixtures.Date("2025-07-31"), "需等待资金", Fixtures.Step(Today));

        proposal.DecideExtension(request.Id, approve: true, null, Fixtures.Step(Today));

        Assert.Equal(new ProposalWarning(WarningColor.Green, 72), proposal.WarningOn(Today, world.Rules));
    }

    [Fact]
    public void Warning_OfARepliedProposal_IsGoneEvenIfItWasOverdue()
    {
        var world = new ProposalWorld();
        var proposal = world.Assigned();
        Assert.True(proposal.WarningOn(Fixtures.Date("2025-06-12"), world.Rules)!.IsOverdue);

        world.Reply(proposal, ReplyClass.A, Fixtures.Date("2025-06-12"));

        Assert.Null(proposal.WarningOn(Fixtures.Date("2025-06-12"), world.Rules));
    }

    [Theory]
    [InlineData(18, 2, ProposalKind.Suggestion, 7, "18-2-J007")]
    [InlineData(18, null, ProposalKind.Motion, 1, "18-闭会-Y001")]
    [InlineData(19, 1, ProposalKind.Motion, 123, "19-1-Y123")]
    public void Series_FormatsTermSessionKindLetterAndThreeDigitSequence(int term, int? session, ProposalKind kind, int sequence, string number) =>
        Assert.Equal(number, new ProposalSeries(Fixtures.TownshipA, Guid.CreateVersion7(), term, session, kind).Format(sequence));
}
