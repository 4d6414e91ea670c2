using DeputyPortal.Domain.Common;
using DeputyPortal.Domain.Proposals;

namespace DeputyPortal.Domain.UnitTests;

/// <summary>A step of DESIGN §3's diagram, as this test states it independently of the domain's <see cref="ProposalMove"/>.</summary>
public enum DiagramStep
{
    EditDraft,
    Submit,
    Register,
    Reject,
    ConvertToSuggestion,
    Assign,
    Return,
    RequestExtension,
    AddProgressNote,
    ProvideCoUnitInput,
    Reply,
    Evaluate,
    AcceptWithoutRating,
    ReportSolved,
}

/// <summary>
/// Each move is allowed only from the states of DESIGN §3's diagram; from any other state it is refused as a conflict
/// (409) that names its rule and the current state, and leaves the proposal as it was. Wrong actors are refused as
/// not permitted (403).
/// </summary>
public sealed class ProposalStateTests
{
    private static readonly Dictionary<DiagramStep, (string Rule, ProposalStatus[] AllowedFrom)> Moves = new()
    {
        [DiagramStep.EditDraft] = ("OnlyDraftsAreEdited", [ProposalStatus.Draft]),
        [DiagramStep.Submit] = ("OnlyDraftsAreSubmitted", [ProposalStatus.Draft]),
        [DiagramStep.Register] = ("RegisterAfterSubmission", [ProposalStatus.Submitted]),
        [DiagramStep.Reject] = ("RejectOnlySubmitted", [ProposalStatus.Submitted]),
        [DiagramStep.ConvertToSuggestion] = ("ConvertBeforeAssignment", [ProposalStatus.Submitted, ProposalStatus.Registered]),
        [DiagramStep.Assign] = ("AssignAfterRegistration", [ProposalStatus.Registered]),
        [DiagramStep.Return] = ("ReturnWhileAssigned", [ProposalStatus.Assigned]),
        [DiagramStep.RequestExtension] = ("ExtendWhileHandling", [ProposalStatus.Assigned, ProposalStatus.Rehandling]),
        [DiagramStep.AddProgressNote] = ("NoteWhileHandling", [ProposalStatus.Assigned, ProposalStatus.Rehandling, ProposalStatus.FollowUp]),
        [DiagramStep.ProvideCoUnitInput] = ("InputWhileHandling", [ProposalStatus.Assigned, ProposalStatus.Rehandling]),
        [DiagramStep.Reply] = ("ReplyWhileHandling", [ProposalStatus.Assigned, ProposalStatus.Rehandling]),
        [DiagramStep.Evaluate] = ("EvaluateAfterReply", [ProposalStatus.Replied]),
        [DiagramStep.AcceptWithoutRating] = ("AcceptAfterReply", [ProposalStatus.Replied]),
        [DiagramStep.ReportSolved] = ("SolvedUnderFollowUp", [ProposalStatus.FollowUp]),
    };

    public static TheoryData<DiagramStep, ProposalStatus> IllegalMoves()
    {
        var data = new TheoryData<DiagramStep, ProposalStatus>();
        foreach (var (move, (_, allowed)) in Moves)
        {
            foreach (var status in Enum.GetValues<ProposalStatus>().Except(allowed))
            {
                data.Add(move, status);
            }
        }

        return data;
    }

    public static TheoryData<DiagramStep, ProposalStatus> LegalMoves()
    {
        var data = new TheoryData<DiagramStep, ProposalStatus>();
        foreach (var (move, (_, allowed)) in Moves)
        {
            foreach (var status in allowed)
            {
                data.Add(move, status);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(IllegalMoves))]
    public void Move_FromAStateTheDiagramDoesNotAllow_ConflictsWithStateNamingTheCurrentState(DiagramStep move, ProposalStatus status)
    {
        var world = new ProposalWorld();
        var proposal = world.In(status, ProposalKind.Motion);
        var stepsBefore = proposal.Timeline.Count;

        var violation = RuleAssert.Breaks(Moves[move].Rule, () => Take(world, proposal, move), RuleViolationKind.ConflictsWithState);

        Assert.Contains($"“{status.Label()}”", violation.Message, StringComparison.Ordinal);
        Assert.Equal(status, proposal.Status);
        Assert.Equal(stepsBefore, proposal.Timeline.Count);
    }

    [Theory]
    [MemberData(nameof(LegalMoves))]
    public void Move_FromAStateTheDiagramAllows_IsTakenAndRecorded(DiagramStep move, ProposalStatus status)
    {
        var world = new ProposalWorld();
        var proposal = world.In(status, ProposalKind.Motion);
        var stepsBefore = proposal.Timeline.Count;

        Take(world, proposal, move);

        Assert.Equal(stepsBefore + 1, proposal.Timeline.Count);
    }

    [Fact]
    public void Assign_BeforeRegistration_NamesTheRuleAndTheSubmittedState()
    {
        var world = new ProposalWorld();
        var proposal = world.Submitted();

        var violation = RuleAssert.Breaks("AssignAfterRegistration", () => world.Assign(proposal, ProposalWorld.AssignedOn), RuleViolationKind.ConflictsWithState);

        Assert.Contains("已提交", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Suggestion_ConvertedToSuggestion_ConflictsWithItsKind()
    {
        var world = new ProposalWorld();

        RuleAssert.Breaks("OnlyMotionsAreConverted", () => world.Registered().ConvertToSuggestion(Fixtures.Step(ProposalWorld.RegisteredOn)), RuleViolationKind.ConflictsWithState);
    }

    [Fact]
    public void CoSigner_Evaluating_IsNotPermitted()
    {
        var world = new ProposalWorld();
        var proposal = world.Replied(kind: ProposalKind.Motion);

        RuleAssert.Breaks(
            "OnlyLeadDeputyEvaluates",
            () => proposal.Evaluate(world.CoSigners[0].Id, Rating.Dissatisfied, null, world.Rules, Fixtures.Step(ProposalWorld.EvaluatedOn)),
            RuleViolationKind.NotPermitted);
        Assert.Equal(ProposalStatus.Replied, proposal.Status);
    }

    [Fact]
    public void CoUnit_Replying_IsNotPermitted()
    {
        var world = new ProposalWorld();
        var proposal = world.Assigned();

        RuleAssert.Breaks(
            "OnlyLeadUnitReplies",
            () => proposal.Reply(world.CoUnit.Id, ProposalWorld.ReplyOf(ReplyClass.A, ProposalWorld.RepliedOn), world.Calendar, world.Rules, Fixtures.Step(ProposalWorld.RepliedOn)),
            RuleViolationKind.NotPermitted);
        Assert.Empty(proposal.Replies);
    }

    [Fact]
    public void UnitNotAssigned_Returning_IsNotPermitted()
    {
        var world = new ProposalWorld();
        var proposal = world.Assigned();

        RuleAssert.Breaks(
            "OnlyAssignedUnitReturns",
            () => proposal.Return(world.OtherUnit.Id, "不属本单位", world.Rules, Fixtures.Step(ProposalWorld.AssignedOn.AddDays(1))),
            RuleViolationKind.NotPermitted);
    }

    [Fact]
    public void CoUnit_RequestingExtension_IsNotPermitted()
    {
        var world = new ProposalWorld();
        var proposal = world.Assigned();

        RuleAssert.Breaks(
            "OnlyLeadUnitRequestsExtension",
            () => proposal.RequestExtension(world.CoUnit.Id, Fixtures.Date("2025-07-31"), "需等待资金", Fixtures.Step(ProposalWorld.RepliedOn)),
            RuleViolationKind.NotPermitted);
    }

    [Fact]
    public void LeadUnit_ProvidingCoUnitInput_IsNotPermitted()
    {
        var world = new ProposalWorld();
        var proposal = world.Assigned();

        RuleAssert.Breaks(
            "OnlyCoUnitProvidesInput",
            () => proposal.ProvideCoUnitInput(world.LeadUnit.Id, "意见", Fixtures.Step(ProposalWorld.RepliedOn)),
            RuleViolationKind.NotPermitted);
    }

    [Fact]
    public void UnitNotAssigned_NotingProgress_IsNotPermitted()
    {
        var world = new ProposalWorld();
        var proposal = world.Assigned();

        RuleAssert.Breaks(
            "OnlyAssignedUnitNotesProgress",
            () => proposal.AddProgressNote(world.OtherUnit.Id, "进展", Fixtures.Step(ProposalWorld.RepliedOn)),
            RuleViolationKind.NotPermitted);
    }

    [Fact]
    public void CoUnit_ReportingSolved_IsNotPermitted()
    {
        var world = new ProposalWorld();
        var proposal = world.In(ProposalStatus.FollowUp);

        RuleAssert.Breaks(
            "OnlyLeadUnitReportsSolved",
            () => proposal.ReportSolved(world.CoUnit.Id, "已解决", Fixtures.Step(ProposalWorld.EvaluatedOn.AddDays(30))),
            RuleViolationKind.NotPermitted);
        Assert.Equal(ProposalStatus.FollowUp, proposal.Status);
    }

    [Fact]
    public void CoUnitThatReturnedIt_NoLongerProvidesInput()
    {
        var world = new ProposalWorld();
        var proposal = world.Assigned();
        proposal.Return(world.CoUnit.Id, "与本所无关", world.Rules, Fixtures.Step(ProposalWorld.AssignedOn.AddDays(1)));

        RuleAssert.Breaks(
            "OnlyCoUnitProvidesInput",
            () => proposal.ProvideCoUnitInput(world.CoUnit.Id, "意见", Fixtures.Step(ProposalWorld.AssignedOn.AddDays(2))),
            RuleViolationKind.NotPermitted);
    }

    [Fact]
    public void ExtensionRequest_WhileAnotherIsPending_ConflictsWithState()
    {
        var world = new ProposalWorld();
        var proposal = world.Assigned();
        proposal.RequestExtension(world.LeadUnit.Id, Fixtures.Date("2025-07-31"), "需等待资金", Fixtures.Step(ProposalWorld.RepliedOn));

        RuleAssert.Breaks(
            "OneExtensionRequestAtATime",
            () => proposal.RequestExtension(world.LeadUnit.Id, Fixtures.Date("2025-08-31"), "再延", Fixtures.Step(ProposalWorld.RepliedOn)),
            RuleViolationKind.ConflictsWithState);
    }

    [Fact]
    public void ExtensionRequest_DecidedTwice_ConflictsWithState()
    {
        var world = new ProposalWorld();
        var proposal = world.Assigned();
        var request = proposal.RequestExtension(world.LeadUnit.Id, Fixtures.Date("2025-07-31"), "需等待资金", Fixtures.Step(ProposalWorld.RepliedOn));
        proposal.DecideExtension(request.Id, approve: false, null, Fixtures.Step(ProposalWorld.RepliedOn));

        RuleAssert.Breaks(
            "ExtensionDecidedOnce",
            () => proposal.DecideExtension(request.Id, approve: true, null, Fixtures.Step(ProposalWorld.RepliedOn)),
            RuleViolationKind.ConflictsWithState);
        Assert.False(proposal.IsExtended);
    }

    [Theory]
    [InlineData("2025-06-10")]
    [InlineData("2025-06-01")]
    public void ExtensionRequest_NotLaterThanTheDeadline_IsRefused(string requested)
    {
        var world = new ProposalWorld();
        var proposal = world.Assigned();

        RuleAssert.Breaks(
            "ExtensionMovesDeadlineLater",
            () => proposal.RequestExtension(world.LeadUnit.Id, Fixtures.Date(requested), "需等待资金", Fixtures.Step(ProposalWorld.RepliedOn)));
    }

    [Fact]
    public void ExtensionDecision_ForAnUnknownRequest_IsRefused()
    {
        var world = new ProposalWorld();
        var proposal = world.Assigned();

        RuleAssert.Breaks("ExtensionRequestOfProposal", () => proposal.DecideExtension(Guid.CreateVersion7(), approve: true, null, Fixtures.Step(ProposalWorld.RepliedOn)));
    }

    [Fact]
    public void Draft_EditedWithAnotherLead_IsRefused()
    {
        var world = new ProposalWorld();
        var proposal = world.Draft();

        RuleAssert.Breaks(
            "LeadDeputyIsFixed",
            () => proposal.EditDraft(world.Term, null, ProposalKind.Suggestion, ProposalWorld.Text(), world.CoSigners[0], [], world.Rules, Fixtures.Step(ProposalWorld.DraftedOn)));
    }

    [Fact]
    public void NoRating_BeforeTheWindowHasPassed_ConflictsWithState()
    {
        var world = new ProposalWorld();
        var proposal = world.Replied();

        // The window ends on 2025-06-03; on that day the deputy may still rate.
        RuleAssert.Breaks("AcceptOnlyAfterWindow", () => proposal.AcceptWithoutRating(Fixtures.Step(Fixtures.Date("2025-06-03"))), RuleViolationKind.ConflictsWithState);
        Assert.Empty(proposal.Evaluations);
    }

    private static void Take(ProposalWorld world, Proposal proposal, DiagramStep move)
    {
        var unitId = world.LeadUnit.Id;
        switch (move)
        {
            case DiagramStep.EditDraft:
                proposal.EditDraft(world.Term, null, proposal.Kind, ProposalWorld.Text("教育"), world.Lead, world.CoSigners, world.Rules, Later());
                break;
            case DiagramStep.Submit:
                proposal.Submit(Later());
                break;
            case DiagramStep.Register:
                proposal.Register(proposal.SeriesIn(world.Term, null), 1, Later());
                break;
            case DiagramStep.Reject:
                proposal.Reject("重复提出", Later());
                break;
            case DiagramStep.ConvertToSuggestion:
                proposal.ConvertToSuggestion(Later());
                break;
            case DiagramStep.Assign:
                proposal.Assign(new ProposalAssignment(world.LeadUnit, [world.CoUnit], false, null), null, world.Rules, Later());
                break;
            case DiagramStep.Return:
                // Within the return window of an assignment on 2025-03-10.
                proposal.Return(unitId, "不属本单位职责", world.Rules, Fixtures.Step(ProposalWorld.AssignedOn.AddDays(5)));
                break;
            case DiagramStep.RequestExtension:
                proposal.RequestExtension(unitId, Fixtures.Date("2025-09-30"), "需等待资金", Later());
                break;
            case DiagramStep.AddProgressNote:
                proposal.AddProgressNote(unitId, "已开工", Later());
                break;
            case DiagramStep.ProvideCoUnitInput:
                proposal.ProvideCoUnitInput(world.CoUnit.Id, "同意主办单位方案", Later());
                break;
            case DiagramStep.Reply:
                proposal.Reply(unitId, ProposalWorld.ReplyOf(ReplyClass.A, Later().Today), world.Calendar, world.Rules, Later());
                break;
            case DiagramStep.Evaluate:
                // Within the window that ends on 2025-06-03 for a reply on 2025-05-06.
                proposal.Evaluate(world.Lead.Id, Rating.Satisfied, null, world.Rules, Later());
                break;
            case DiagramStep.AcceptWithoutRating:
                proposal.AcceptWithoutRating(Fixtures.Step(Fixtures.Date("2025-06-04")));
                break;
            case DiagramStep.ReportSolved:
                proposal.ReportSolved(unitId, "已完工", Later());
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(move), move, null);
        }
    }

    private static ProposalStep Later() => Fixtures.Step(Fixtures.Date("2025-05-20"));
}
