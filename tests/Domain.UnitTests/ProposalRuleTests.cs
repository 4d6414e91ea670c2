using DeputyPortal.Domain.Common;
using DeputyPortal.Domain.Deputies;
using DeputyPortal.Domain.Presidium;
using DeputyPortal.Domain.Proposals;

namespace DeputyPortal.Domain.UnitTests;

/// <summary>The named rules a proposal's content, signers, assignment, reply and evaluation must meet.</summary>
public sealed class ProposalRuleTests
{
    [Fact]
    public void Motion_WithFourDeputies_BreaksR8()
    {
        var world = new ProposalWorld();

        var violation = RuleAssert.Breaks("R8.MotionHasMinimumSigners", () => Draft(world, ProposalKind.Motion, world.CoSigners.Take(3).ToList()));

        Assert.Equal("coSignerDeputyIds", violation.Field);
        Assert.Contains("现有4名", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Motion_WithFiveDeputies_IsDrafted()
    {
        var world = new ProposalWorld();

        var motion = Draft(world, ProposalKind.Motion, world.CoSigners);

        Assert.Equal((ProposalKind.Motion, 4), (motion.Kind, motion.CoSigners.Count));
    }

    [Fact]
    public void Motion_MinimumSigners_ComesFromTheTownshipsRules()
    {
        var world = new ProposalWorld(ProposalRules.Default with { MotionMinimumSigners = 3 });

        Assert.Equal(2, Draft(world, ProposalKind.Motion, world.CoSigners.Take(2).ToList()).CoSigners.Count);
        RuleAssert.Breaks("R8.MotionHasMinimumSigners", () => Draft(world, ProposalKind.Motion, world.CoSigners.Take(1).ToList()));
    }

    [Fact]
    public void Suggestion_ByTheLeadDeputyAlone_IsDrafted() =>
        Assert.Empty(Draft(new ProposalWorld(), ProposalKind.Suggestion, []).CoSigners);

    [Fact]
    public void Draft_EditedIntoAMotionWithTooFewSigners_BreaksR8()
    {
        var world = new ProposalWorld();
        var proposal = world.Draft();

        RuleAssert.Breaks("R8.MotionHasMinimumSigners", () =>
            proposal.EditDraft(world.Term, null, ProposalKind.Motion, ProposalWorld.Text(), world.Lead, [world.CoSigners[0]], world.Rules, Fixtures.Step(ProposalWorld.DraftedOn)));
        Assert.Equal(ProposalKind.Suggestion, proposal.Kind);
    }

    [Fact]
    public void CoSigner_OfAnotherTownship_IsRefused()
    {
        var world = new ProposalWorld();
        var stranger = Fixtures.Deputy(Fixtures.Term(Fixtures.TownshipB), "赵强");

        RuleAssert.Breaks("CoSignersOfTownshipAndTerm", () => Draft(world, ProposalKind.Motion, [.. world.CoSigners, stranger]));
    }

    [Fact]
    public void CoSigner_OfAnotherTerm_IsRefused()
    {
        var world = new ProposalWorld();
        var formerDeputy = Fixtures.Deputy(Fixtures.Term(number: 17), "赵强");

        RuleAssert.Breaks("CoSignersOfTownshipAndTerm", () => Draft(world, ProposalKind.Motion, [.. world.CoSigners, formerDeputy]));
    }

    [Fact]
    public void CoSigner_WhoseMandateEnded_IsRefused()
    {
        var world = new ProposalWorld();
        var resigned = Fixtures.Deputy(world.Term, "赵强");
        resigned.TerminateMandate(new DateOnly(2024, 6, 30), "辞职", world.Term.Period);

        RuleAssert.Breaks("CoSignersOfTownshipAndTerm", () => Draft(world, ProposalKind.Suggestion, [resigned]));
    }

    [Fact]
    public void LeadDeputy_OfAnotherTerm_IsRefused()
    {
        var world = new ProposalWorld();
        var formerDeputy = Fixtures.Deputy(Fixtures.Term(number: 17), "赵强");

        RuleAssert.Breaks("LeadDeputyOfTownshipAndTerm", () =>
            Proposal.Draft(world.Term, null, ProposalKind.Suggestion, ProposalWorld.Text(), formerDeputy, [], world.Rules, Fixtures.Step(ProposalWorld.DraftedOn)));
    }

    [Fact]
    public void LeadDeputy_AlsoCoSigning_IsRefused()
    {
        var world = new ProposalWorld();

        RuleAssert.Breaks("LeadIsNotCoSigner", () => Draft(world, ProposalKind.Motion, [.. world.CoSigners, world.Lead]));
    }

    [Fact]
    public void CoSigner_CountedTwice_IsRefused()
    {
        var world = new ProposalWorld();

        RuleAssert.Breaks("CoSignersAreDistinct", () => Draft(world, ProposalKind.Motion, [.. world.CoSigners.Take(3), world.CoSigners[0]]));
    }

    [Fact]
    public void Category_OutsideTheTownshipsList_IsRefused()
    {
        var world = new ProposalWorld();

        var violation = RuleAssert.Breaks("CategoryFromSettings", () =>
            Proposal.Draft(world.Term, null, ProposalKind.Suggestion, ProposalWorld.Text("旅游"), world.Lead, [], world.Rules, Fixtures.Step(ProposalWorld.DraftedOn)));

        Assert.Equal("category", violation.Field);
    }

    [Fact]
    public void Category_AddedByTheTownship_IsAccepted()
    {
        var world = new ProposalWorld(ProposalRules.Default with { Categories = [.. ProposalRules.DefaultCategories, "旅游"] });

        var proposal = Proposal.Draft(world.Term, null, ProposalKind.Suggestion, ProposalWorld.Text("旅游"), world.Lead, [], world.Rules, Fixtures.Step(ProposalWorld.DraftedOn));

        Assert.Equal("旅游", proposal.Category);
    }

    [Fact]
    public void Session_OfAnotherTerm_IsRefused()
    {
        var world = new ProposalWorld();
        var otherTerm = Fixtures.Term(number: 17, townshipId: world.Term.TownshipId);
        var otherSession = Fixtures.Session(otherTerm, 3, new DateOnly(2022, 3, 1), new DateOnly(2022, 3, 2));

        RuleAssert.Breaks("SessionOfTerm", () => world.Draft(session: otherSession));
    }

    [Fact]
    public void Number_FromTheSeriesOfAnotherKind_IsRefused()
    {
        var world = new ProposalWorld();
        var proposal = world.Submitted();
        var motionSeries = proposal.SeriesIn(world.Term, null) with { Kind = ProposalKind.Motion };

        RuleAssert.Breaks("NumberFromOwnSeries", () => proposal.Register(motionSeries, 1, Fixtures.Step(ProposalWorld.RegisteredOn)));
    }

    [Fact]
    public void Number_FromAnotherSessionsSeries_IsRefused()
    {
        var world = new ProposalWorld();
        var proposal = world.Submitted(session: world.Session);

        RuleAssert.Breaks("SeriesOfOwnTermAndSession", () => proposal.SeriesIn(world.Term, null));
    }

    [Fact]
    public void LeadUnit_OfAnotherTownship_IsRefused()
    {
        var world = new ProposalWorld();
        var proposal = world.Registered();

        RuleAssert.Breaks("LeadUnitOfTownship", () => world.Assign(proposal, ProposalWorld.AssignedOn, lead: Fixtures.Unit("派出所", Fixtures.TownshipB)));
    }

    [Fact]
    public void LeadUnit_NoLongerInUse_IsRefused()
    {
        var world = new ProposalWorld();
        var proposal = world.Registered();
        world.OtherUnit.Deactivate();

        RuleAssert.Breaks("LeadUnitOfTownship", () => world.Assign(proposal, ProposalWorld.AssignedOn, lead: world.OtherUnit));
    }

    [Fact]
    public void CoUnit_OfAnotherTownship_IsRefused()
    {
        var world = new ProposalWorld();
        var proposal = world.Registered();

        RuleAssert.Breaks("CoUnitsOfTownship", () => world.Assign(proposal, ProposalWorld.AssignedOn, coUnits: [Fixtures.Unit("派出所", Fixtures.TownshipB)]));
    }

    [Fact]
    public void LeadUnit_AlsoCoUnit_IsRefused()
    {
        var world = new ProposalWorld();
        var proposal = world.Registered();

        RuleAssert.Breaks("LeadUnitIsNotCoUnit", () => world.Assign(proposal, ProposalWorld.AssignedOn, coUnits: [world.LeadUnit]));
    }

    [Fact]
    public void CoUnit_NamedTwice_IsRefused()
    {
        var world = new ProposalWorld();
        var proposal = world.Registered();

        RuleAssert.Breaks("CoUnitsAreDistinct", () => world.Assign(proposal, ProposalWorld.AssignedOn, coUnits: [world.CoUnit, world.CoUnit]));
    }

    [Fact]
    public void KeyProposal_SupervisedByAServingPresidiumMember_IsMarkedKey()
    {
        var world = new ProposalWorld();
        var proposal = world.Registered();
        var supervisor = PresidiumMember.Appoint(world.Term, world.CoSigners[0], PresidiumPost.ViceChair, new DateOnly(2022, 1, 1));

        proposal.Assign(new ProposalAssignment(world.LeadUnit, [], false, supervisor), null, world.Rules, Fixtures.Step(ProposalWorld.AssignedOn));

        Assert.Equal((true, supervisor.Id), (proposal.IsKey, proposal.SupervisorPresidiumMemberId));
    }

    [Fact]
    public void Supervisor_WhosePostHasEnded_IsRefused()
    {
        var world = new ProposalWorld();
        var proposal = world.Registered();
        var supervisor = PresidiumMember.Appoint(world.Term, world.CoSigners[0], PresidiumPost.ViceChair, new DateOnly(2022, 1, 1));
        supervisor.EndPost(new DateOnly(2024, 12, 31));

        RuleAssert.Breaks("SupervisorIsServingPresidiumMember", () =>
            proposal.Assign(new ProposalAssignment(world.LeadUnit, [], false, supervisor), null, world.Rules, Fixtures.Step(ProposalWorld.AssignedOn)));
    }

    [Fact]
    public void Assignment_UnderAnotherSession_IsRefused()
    {
        var world = new ProposalWorld();
        var proposal = world.Registered();

        RuleAssert.Breaks("SessionOfProposal", () =>
            proposal.Assign(new ProposalAssignment(world.LeadUnit, [], false, null), world.Session, world.Rules, Fixtures.Step(ProposalWorld.AssignedOn)));
    }

    [Theory]
    [InlineData(ReplyClass.B)]
    [InlineData(ReplyClass.C)]
    public void ReplyOfClassBOrC_WithoutCommittedDate_IsRefused(ReplyClass resultClass)
    {
        var world = new ProposalWorld();
        var proposal = world.Assigned();
        var reply = ProposalWorld.ReplyOf(resultClass, ProposalWorld.RepliedOn) with { CommittedCompletionOn = null };

        var violation = RuleAssert.Breaks("CommittedDateForClassBAndC", () => Reply(world, proposal, reply));

        Assert.Equal("committedCompletionOn", violation.Field);
        Assert.Equal(ProposalStatus.Assigned, proposal.Status);
    }

    [Fact]
    public void ReplyOfClassA_WithCommittedDate_IsRefused()
    {
        var world = new ProposalWorld();
        var proposal = world.Assigned();
        var reply = ProposalWorld.ReplyOf(ReplyClass.A, ProposalWorld.RepliedOn) with { CommittedCompletionOn = Fixtures.Date("2025-08-01") };

        RuleAssert.Breaks("CommittedDateForClassBAndC", () => Reply(world, proposal, reply));
    }

    [Fact]
    public void CommittedDate_OnTheDayOfTheReply_IsRefused()
    {
        var world = new ProposalWorld();
        var proposal = world.Assigned();
        var reply = ProposalWorld.ReplyOf(ReplyClass.B, ProposalWorld.RepliedOn) with { CommittedCompletionOn = ProposalWorld.RepliedOn };

        RuleAssert.Breaks("CommittedDateInFuture", () => Reply(world, proposal, reply));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void ReplyOfClassD_WithoutExplanation_IsRefused(string? explanation)
    {
        var world = new ProposalWorld();
        var proposal = world.Assigned();
        var reply = ProposalWorld.ReplyOf(ReplyClass.D, ProposalWorld.RepliedOn) with { Explanation = explanation };

        var violation = RuleAssert.Breaks("ExplanationForClassD", () => Reply(world, proposal, reply));

        Assert.Equal("explanation", violation.Field);
    }

    [Fact]
    public void ReplyOfClassA_WithAnExplanationForNotSolving_IsRefused()
    {
        var world = new ProposalWorld();
        var proposal = world.Assigned();
        var reply = ProposalWorld.ReplyOf(ReplyClass.A, ProposalWorld.RepliedOn) with { Explanation = "资金不足" };

        RuleAssert.Breaks("ExplanationForClassD", () => Reply(world, proposal, reply));
    }

    [Fact]
    public void LeadUnit_ReturningAfterTenDays_ConflictsWithState()
    {
        var world = new ProposalWorld();
        var proposal = world.Assigned();

        var violation = RuleAssert.Breaks(
            "ReturnWithinWindow",
            () => proposal.Return(world.LeadUnit.Id, "不属本单位职责", world.Rules, Fixtures.Step(ProposalWorld.AssignedOn.AddDays(11))),
            RuleViolationKind.ConflictsWithState);

        Assert.Contains("2025-03-10", violation.Message, StringComparison.Ordinal);
        Assert.Equal((ProposalStatus.Assigned, world.LeadUnit.Id), (proposal.Status, proposal.LeadUnitId));
    }

    [Fact]
    public void CoUnit_ReturningAfterTenDays_ConflictsWithState()
    {
        var world = new ProposalWorld();
        var proposal = world.Assigned();

        RuleAssert.Breaks(
            "ReturnWithinWindow",
            () => proposal.Return(world.CoUnit.Id, "不属本单位职责", world.Rules, Fixtures.Step(ProposalWorld.AssignedOn.AddDays(11))),
            RuleViolationKind.ConflictsWithState);
        Assert.Single(proposal.CoUnits);
    }

    [Fact]
    public void ReturnWindow_ComesFromTheTownshipsRules()
    {
        var world = new ProposalWorld(ProposalRules.Default with { ReturnWindowDays = 15 });
        var proposal = world.Assigned();

        proposal.Return(world.LeadUnit.Id, "不属本单位职责", world.Rules, Fixtures.Step(ProposalWorld.AssignedOn.AddDays(15)));

        Assert.Equal(ProposalStatus.Registered, proposal.Status);
    }

    [Fact]
    public void Evaluation_OnTheLastDayOfTheWindow_IsAccepted()
    {
        var world = new ProposalWorld();
        var proposal = world.Replied();

        world.Evaluate(proposal, Rating.Satisfied, Fixtures.Date("2025-06-03"));

        Assert.Equal(ProposalStatus.Closed, proposal.Status);
    }

    [Fact]
    public void Evaluation_AfterTheWindow_ConflictsWithState()
    {
        var world = new ProposalWorld();
        var proposal = world.Replied();

        // 20 working days after Tuesday 2025-05-06 end on Tuesday 2025-06-03.
        var violation = RuleAssert.Breaks(
            "EvaluateWithinWindow",
            () => world.Evaluate(proposal, Rating.Dissatisfied, Fixtures.Date("2025-06-04")),
            RuleViolationKind.ConflictsWithState);

        Assert.Contains("2025-06-03", violation.Message, StringComparison.Ordinal);
        Assert.Equal(ProposalStatus.Replied, proposal.Status);
        Assert.Empty(proposal.Evaluations);
    }

    private static Proposal Draft(ProposalWorld world, ProposalKind kind, IReadOnlyCollection<Deputy> coSigners) =>
        Proposal.Draft(world.Term, null, kind, ProposalWorld.Text(), world.Lead, coSigners, world.Rules, Fixtures.Step(ProposalWorld.DraftedOn));

    private static void Reply(ProposalWorld world, Proposal proposal, ReplyDraft reply) =>
        proposal.Reply(world.LeadUnit.Id, reply, world.Calendar, world.Rules, Fixtures.Step(ProposalWorld.RepliedOn));
}
