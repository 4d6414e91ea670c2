using DeputyPortal.Domain.Proposals;

namespace DeputyPortal.Domain.UnitTests;

/// <summary>Every legal move along the diagram of DESIGN §3, and what each leaves behind.</summary>
public sealed class ProposalWorkflowTests
{
    private static readonly DateOnly Later = Fixtures.Date("2025-05-20");

    [Fact]
    public void Suggestion_RepliedClassAAndRatedSatisfied_GoesFromDraftThroughEveryStepToClosed()
    {
        var world = new ProposalWorld();

        var proposal = world.Draft();
        Assert.Equal((ProposalStatus.Draft, ProposalWorld.DraftedOn, world.Lead.Id), (proposal.Status, proposal.DraftedOn, proposal.LeadDeputyId));

        proposal.Submit(Fixtures.Step(ProposalWorld.SubmittedOn));
        Assert.Equal((ProposalStatus.Submitted, ProposalWorld.SubmittedOn), (proposal.Status, proposal.SubmittedOn));

        world.Register(proposal);
        Assert.Equal((ProposalStatus.Registered, "18-闭会-J001", 1, ProposalWorld.RegisteredOn), (proposal.Status, proposal.Number, proposal.Sequence, proposal.RegisteredOn));

        world.Assign(proposal, ProposalWorld.AssignedOn);
        Assert.Equal(ProposalStatus.Assigned, proposal.Status);
        Assert.Equal((world.LeadUnit.Id, ProposalWorld.AssignedOn, Fixtures.Date("2025-06-10"), 1), (proposal.LeadUnitId, proposal.AssignedOn, proposal.DueOn, proposal.HandlingRound));
        Assert.Equal([world.CoUnit.Id], proposal.CoUnits.Select(u => u.HandlingUnitId));

        world.Reply(proposal, ReplyClass.A, ProposalWorld.RepliedOn);
        Assert.Equal(ProposalStatus.Replied, proposal.Status);
        Assert.Equal((ReplyClass.A, ProposalWorld.RepliedOn), (proposal.LastReplyClass, proposal.LastRepliedOn));
        var reply = Assert.Single(proposal.Replies);
        Assert.Equal((1, world.LeadUnit.Id, "王主任", true), (reply.Round, reply.HandlingUnitId, reply.SignedBy, reply.OnTime));

        world.Evaluate(proposal, Rating.Satisfied, ProposalWorld.EvaluatedOn);
        Assert.Equal((ProposalStatus.Closed, ProposalWorld.EvaluatedOn, Rating.Satisfied), (proposal.Status, proposal.ClosedOn, proposal.LastRating));
        var evaluation = Assert.Single(proposal.Evaluations);
        Assert.Equal((1, Rating.Satisfied, ProposalWorld.EvaluatedOn), (evaluation.Round, evaluation.Rating, evaluation.EvaluatedOn));
    }

    [Fact]
    public void Motion_OfASession_IsNumberedInTheSessionsMotionSeries()
    {
        var world = new ProposalWorld();

        var motion = world.Registered(ProposalKind.Motion, world.Session);

        Assert.Equal("18-2-Y001", motion.Number);
        Assert.Equal(world.CoSigners.Select(d => d.Id).Order(), motion.CoSigners.Select(c => c.DeputyId).Order());
    }

    [Fact]
    public void SessionProposal_AssignedAfterTheSession_IsExpectedWithinOneMonthOfItsClose()
    {
        var world = new ProposalWorld();
        var proposal = world.Registered(session: world.Session);

        proposal.Assign(new ProposalAssignment(world.LeadUnit, [], false, null), world.Session, world.Rules, Fixtures.Step(ProposalWorld.AssignedOn));

        // The session closed on 2025-03-03.
        Assert.Equal(Fixtures.Date("2025-04-03"), proposal.AssignmentExpectedBy);
    }

    [Theory]
    [InlineData(ReplyClass.A, Rating.Satisfied)]
    [InlineData(ReplyClass.A, Rating.BasicallySatisfied)]
    [InlineData(ReplyClass.D, Rating.Satisfied)]
    [InlineData(ReplyClass.D, Rating.BasicallySatisfied)]
    public void ReplyOfClassAOrD_RatedSatisfiedOrBasicallySatisfied_IsClosed(ReplyClass resultClass, Rating rating)
    {
        var world = new ProposalWorld();
        var proposal = world.Replied(resultClass);

        world.Evaluate(proposal, rating, ProposalWorld.EvaluatedOn);

        Assert.Equal(ProposalStatus.Closed, proposal.Status);
        Assert.Equal(ProposalWorld.EvaluatedOn, proposal.ClosedOn);
        Assert.Null(proposal.SolvedOn);
    }

    [Fact]
    public void ReplyOfClassD_KeepsItsExplanation()
    {
        var world = new ProposalWorld();

        var proposal = world.Replied(ReplyClass.D);

        Assert.Equal("今年县级水利资金已用完，列入明年计划参考。", Assert.Single(proposal.Replies).Explanation);
    }

    [Theory]
    [InlineData(ReplyClass.B, Rating.Satisfied)]
    [InlineData(ReplyClass.B, Rating.BasicallySatisfied)]
    [InlineData(ReplyClass.C, Rating.Satisfied)]
    [InlineData(ReplyClass.C, Rating.BasicallySatisfied)]
    public void ReplyOfClassBOrC_RatedSatisfied_StaysUnderFollowUpUntilTheUnitReportsItSolved(ReplyClass resultClass, Rating rating)
    {
        var world = new ProposalWorld();
        var proposal = world.Replied(resultClass);
        Assert.Equal(ProposalWorld.RepliedOn.AddMonths(2), Assert.Single(proposal.Replies).CommittedCompletionOn);

        world.Evaluate(proposal, rating, ProposalWorld.EvaluatedOn);

        Assert.Equal(ProposalStatus.FollowUp, proposal.Status);
        Assert.Null(proposal.ClosedOn);

        var solvedOn = Fixtures.Date("2025-07-01");
        proposal.ReportSolved(world.LeadUnit.Id, "水渠已于6月底修缮完毕，经村民验收。", Fixtures.Step(solvedOn, "王主任"));

        Assert.Equal(ProposalStatus.Closed, proposal.Status);
        Assert.Equal((solvedOn, solvedOn, "水渠已于6月底修缮完毕，经村民验收。"), (proposal.SolvedOn, proposal.ClosedOn, proposal.SolvedEvidence));
        Assert.Equal(ProposalAction.ReportedSolved, proposal.Timeline.Last().Action);
    }

    [Fact]
    public void Dissatisfied_WithTheFirstReply_SendsItToRehandlingDueOneMonthAfterTheEvaluation()
    {
        var world = new ProposalWorld();
        var proposal = world.Replied();

        // 31 May + 1 month is clamped to 30 June.
        world.Evaluate(proposal, Rating.Dissatisfied, Fixtures.Date("2025-05-31"));

        Assert.Equal(ProposalStatus.Rehandling, proposal.Status);
        Assert.Equal((2, Fixtures.Date("2025-06-30"), false), (proposal.HandlingRound, proposal.DueOn, proposal.IsExtended));
        Assert.Null(proposal.EvaluationDueOn);
        Assert.Null(proposal.ClosedOn);
        Assert.Equal(Rating.Dissatisfied, proposal.LastRating);
        Assert.Equal("水渠仍未修好", Assert.Single(proposal.Evaluations).Comment);
    }

    [Fact]
    public void Rehandling_UsesTheTownshipsRehandlingMonths()
    {
        var world = new ProposalWorld(ProposalRules.Default with { RehandlingMonths = 2 });
        var proposal = world.Replied();

        world.Evaluate(proposal, Rating.Dissatisfied, ProposalWorld.EvaluatedOn);

        Assert.Equal(ProposalWorld.EvaluatedOn.AddMonths(2), proposal.DueOn);
    }

    [Fact]
    public void Rehandling_RepliedAgain_IsRepliedInTheSecondRound()
    {
        var world = new ProposalWorld();
        var proposal = world.In(ProposalStatus.Rehandling);
        var secondReplyOn = Fixtures.Date("2025-06-02");

        world.Reply(proposal, ReplyClass.A, secondReplyOn);

        Assert.Equal(ProposalStatus.Replied, proposal.Status);
        Assert.Equal([1, 2], proposal.Replies.Select(r => r.Round));
        Assert.Equal((secondReplyOn, Fixtures.Date("2025-06-30")), (proposal.LastRepliedOn, proposal.EvaluationDueOn));
    }

    [Fact]
    public void Dissatisfied_WithTheSecondReply_IsFinalAndClosesIt()
    {
        var world = new ProposalWorld();
        var proposal = world.In(ProposalStatus.Rehandling);
        world.Reply(proposal, ReplyClass.A, Fixtures.Date("2025-06-02"));

        world.Evaluate(proposal, Rating.Dissatisfied, Fixtures.Date("2025-06-05"));

        Assert.Equal(ProposalStatus.Closed, proposal.Status);
        Assert.Equal((Fixtures.Date("2025-06-05"), Rating.Dissatisfied, 2), (proposal.ClosedOn, proposal.LastRating, proposal.HandlingRound));
        Assert.Equal([(1, Rating.Dissatisfied), (2, Rating.Dissatisfied)], proposal.Evaluations.Select(e => (e.Round, e.Rating)));
    }

    [Fact]
    public void Satisfied_WithTheSecondReplyOfClassA_ClosesIt()
    {
        var world = new ProposalWorld();
        var proposal = world.In(ProposalStatus.Rehandling);
        world.Reply(proposal, ReplyClass.A, Fixtures.Date("2025-06-02"));

        world.Evaluate(proposal, Rating.Satisfied, Fixtures.Date("2025-06-05"));

        Assert.Equal(ProposalStatus.Closed, proposal.Status);
    }

    [Fact]
    public void Satisfied_WithTheSecondReplyOfClassC_PutsItUnderFollowUp()
    {
        var world = new ProposalWorld();
        var proposal = world.In(ProposalStatus.Rehandling);
        world.Reply(proposal, ReplyClass.C, Fixtures.Date("2025-06-02"));

        world.Evaluate(proposal, Rating.BasicallySatisfied, Fixtures.Date("2025-06-05"));

        Assert.Equal(ProposalStatus.FollowUp, proposal.Status);
    }

    [Fact]
    public void Submitted_Rejected_IsClosedWithItsReasonAndNoNumber()
    {
        var world = new ProposalWorld();
        var proposal = world.Submitted();

        proposal.Reject("不属于本级人大职权范围", Fixtures.Step(ProposalWorld.RegisteredOn, "秘书"));

        Assert.Equal(ProposalStatus.Rejected, proposal.Status);
        Assert.Equal(("不属于本级人大职权范围", ProposalWorld.RegisteredOn), (proposal.RejectionReason, proposal.ClosedOn));
        Assert.Null(proposal.Number);
        Assert.Equal((ProposalAction.Rejected, "不属于本级人大职权范围"), (proposal.Timeline.Last().Action, proposal.Timeline.Last().Detail));
    }

    [Fact]
    public void RegisteredMotion_ConvertedToSuggestion_KeepsItsNumberAndHistory()
    {
        var world = new ProposalWorld();
        var motion = world.Registered(ProposalKind.Motion, world.Session);
        var historyBefore = motion.Timeline.Select(e => e.Action).ToList();

        motion.ConvertToSuggestion(Fixtures.Step(Later, "主席团"));

        Assert.Equal((ProposalKind.Suggestion, "18-2-Y001", 1, ProposalStatus.Registered), (motion.Kind, motion.Number, motion.Sequence, motion.Status));
        Assert.Equal([.. historyBefore, ProposalAction.ConvertedToSuggestion], motion.Timeline.Select(e => e.Action));
        Assert.Contains("18-2-Y001", motion.Timeline.Last().Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void SubmittedMotion_ConvertedBeforeRegistration_IsNumberedAsASuggestion()
    {
        var world = new ProposalWorld();
        var motion = world.Submitted(ProposalKind.Motion, world.Session);

        motion.ConvertToSuggestion(Fixtures.Step(ProposalWorld.SubmittedOn, "主席团"));
        world.Register(motion, world.Session, sequence: 7);

        Assert.Equal("18-2-J007", motion.Number);
    }

    [Fact]
    public void ConvertedMotion_IsAssignedAndHandledAsASuggestion()
    {
        var world = new ProposalWorld();
        var motion = world.Registered(ProposalKind.Motion);
        motion.ConvertToSuggestion(Fixtures.Step(ProposalWorld.RegisteredOn, "主席团"));

        world.Assign(motion, ProposalWorld.AssignedOn);

        Assert.Equal(ProposalStatus.Assigned, motion.Status);
    }

    [Fact]
    public void LeadUnit_ReturningOnTheTenthDay_SendsItBackToRegisteredForReassignment()
    {
        var world = new ProposalWorld();
        var proposal = world.Assigned();

        proposal.Return(world.LeadUnit.Id, "水渠归村委会管理，不属本单位职责", world.Rules, Fixtures.Step(ProposalWorld.AssignedOn.AddDays(10), "王主任"));

        Assert.Equal(ProposalStatus.Registered, proposal.Status);
        Assert.Null(proposal.LeadUnitId);
        Assert.Null(proposal.AssignedOn);
        Assert.Null(proposal.DueOn);
        Assert.Empty(proposal.CoUnits);
        Assert.Null(proposal.WarningOn(Later, world.Rules));
        Assert.Equal("18-闭会-J001", proposal.Number);
        Assert.Equal(ProposalAction.Returned, proposal.Timeline.Last().Action);
        Assert.Contains("水渠归村委会管理", proposal.Timeline.Last().Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void ReturnedProposal_IsAssignedAgainWithAFreshDeadline()
    {
        var world = new ProposalWorld();
        var proposal = world.Assigned();
        proposal.Return(world.LeadUnit.Id, "不属本单位职责", world.Rules, Fixtures.Step(ProposalWorld.AssignedOn.AddDays(3), "王主任"));
        var reassignedOn = Fixtures.Date("2025-03-17");

        world.Assign(proposal, reassignedOn, coUnits: [], lead: world.SecondCoUnit);

        Assert.Equal(ProposalStatus.Assigned, proposal.Status);
        Assert.Equal((world.SecondCoUnit.Id, reassignedOn, Fixtures.Date("2025-06-17")), (proposal.LeadUnitId, proposal.AssignedOn, proposal.DueOn));
        Assert.False(proposal.IsHandledBy(world.LeadUnit.Id));
    }

    [Fact]
    public void LeadUnitReturn_WithdrawsItsPendingExtensionRequest()
    {
        var world = new ProposalWorld();
        var proposal = world.Assigned();
        proposal.RequestExtension(world.LeadUnit.Id, Fixtures.Date("2025-08-31"), "需协调资金", Fixtures.Step(ProposalWorld.AssignedOn.AddDays(2)));

        proposal.Return(world.LeadUnit.Id, "不属本单位职责", world.Rules, Fixtures.Step(ProposalWorld.AssignedOn.AddDays(3)));

        Assert.DoesNotContain(proposal.Extensions, e => e.Decision == ExtensionDecision.Pending);
    }

    [Fact]
    public void CoUnit_ReturningWithinTheWindow_RemovesOnlyThatUnit()
    {
        var world = new ProposalWorld();
        var proposal = world.Assigned(coUnits: [world.CoUnit, world.SecondCoUnit]);
        var dueOn = proposal.DueOn;

        proposal.Return(world.CoUnit.Id, "与本所职责无关", world.Rules, Fixtures.Step(ProposalWorld.AssignedOn.AddDays(5), "财政所"));

        Assert.Equal(ProposalStatus.Assigned, proposal.Status);
        Assert.Equal((world.LeadUnit.Id, dueOn), (proposal.LeadUnitId, proposal.DueOn));
        Assert.Equal([world.SecondCoUnit.Id], proposal.CoUnits.Select(u => u.HandlingUnitId));
        Assert.False(proposal.IsHandledBy(world.CoUnit.Id));
    }

    [Fact]
    public void ExtensionRequest_Approved_MovesTheDeadlineAndShowsItAsExtended()
    {
        var world = new ProposalWorld();
        var proposal = world.Assigned();
        var requestedDueOn = Fixtures.Date("2025-07-31");
        var request = proposal.RequestExtension(world.LeadUnit.Id, requestedDueOn, "需等待县级资金下达", Fixtures.Step(Later, "王主任"));
        Assert.Equal(ExtensionDecision.Pending, request.Decision);

        proposal.DecideExtension(request.Id, approve: true, "同意", Fixtures.Step(Later.AddDays(2), "秘书"));

        Assert.Equal((requestedDueOn, true), (proposal.DueOn, proposal.IsExtended));
        Assert.Equal((ExtensionDecision.Approved, Later.AddDays(2), "同意"), (request.Decision, request.DecidedOn, request.DecisionComment));
        Assert.Equal(ProposalAction.ExtensionApproved, proposal.Timeline.Last().Action);
    }

    [Fact]
    public void ExtensionRequest_Refused_KeepsTheDeadline()
    {
        var world = new ProposalWorld();
        var proposal = world.Assigned();
        var dueOn = proposal.DueOn;
        var request = proposal.RequestExtension(world.LeadUnit.Id, Fixtures.Date("2025-07-31"), "需等待县级资金下达", Fixtures.Step(Later, "王主任"));

        proposal.DecideExtension(request.Id, approve: false, "可先行动工", Fixtures.Step(Later.AddDays(2), "秘书"));

        Assert.Equal((dueOn, false), (proposal.DueOn, proposal.IsExtended));
        Assert.Equal(ExtensionDecision.Refused, request.Decision);
        Assert.Equal(ProposalAction.ExtensionRefused, proposal.Timeline.Last().Action);
    }

    [Fact]
    public void ExtensionRequest_AfterARefusal_MayBeMadeAgain()
    {
        var world = new ProposalWorld();
        var proposal = world.Assigned();
        var refused = proposal.RequestExtension(world.LeadUnit.Id, Fixtures.Date("2025-07-31"), "需等待资金", Fixtures.Step(Later));
        proposal.DecideExtension(refused.Id, approve: false, null, Fixtures.Step(Later));

        var second = proposal.RequestExtension(world.LeadUnit.Id, Fixtures.Date("2025-06-30"), "施工延误", Fixtures.Step(Later.AddDays(1)));

        Assert.Equal(ExtensionDecision.Pending, second.Decision);
        Assert.Equal(2, proposal.Extensions.Count);
    }

    [Fact]
    public void Reply_WhileAnExtensionRequestIsPending_LeavesNothingToDecide()
    {
        var world = new ProposalWorld();
        var proposal = world.Assigned();
        var request = proposal.RequestExtension(world.LeadUnit.Id, Fixtures.Date("2025-07-31"), "需等待资金", Fixtures.Step(Later));

        world.Reply(proposal, ReplyClass.A, Later.AddDays(1));

        Assert.DoesNotContain(proposal.Extensions, e => e.Decision == ExtensionDecision.Pending);
        Assert.ThrowsAny<Common.DomainRuleException>(() => proposal.DecideExtension(request.Id, approve: true, null, Fixtures.Step(Later.AddDays(2))));
    }

    [Fact]
    public void ApprovedExtension_IsNotCarriedIntoRehandling()
    {
        var world = new ProposalWorld();
        var proposal = world.Assigned();
        var request = proposal.RequestExtension(world.LeadUnit.Id, Fixtures.Date("2025-07-31"), "需等待资金", Fixtures.Step(Later));
        proposal.DecideExtension(request.Id, approve: true, null, Fixtures.Step(Later));
        world.Reply(proposal, ReplyClass.A, Later.AddDays(1));

        world.Evaluate(proposal, Rating.Dissatisfied, Later.AddDays(3));

        Assert.Equal((Later.AddDays(3).AddMonths(1), false), (proposal.DueOn, proposal.IsExtended));
    }

    [Fact]
    public void Reply_OnTheDueDate_IsOnTime_AndTheDayAfterIsOverdue()
    {
        var world = new ProposalWorld();
        var onTime = world.Assigned();
        var late = world.Assigned();

        world.Reply(onTime, ReplyClass.A, Fixtures.Date("2025-06-10"));
        world.Reply(late, ReplyClass.A, Fixtures.Date("2025-06-11"));

        Assert.True(Assert.Single(onTime.Replies).OnTime);
        Assert.False(Assert.Single(late.Replies).OnTime);
        Assert.Contains("逾期答复", late.Timeline.Last().Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void NoRating_AfterTheWindow_IsAcceptedAsSatisfiedAndSaysSo()
    {
        var world = new ProposalWorld();
        var proposal = world.Replied(ReplyClass.A);

        // The window ends on 2025-06-03 (20 working days after Tuesday 2025-05-06).
        proposal.AcceptWithoutRating(Fixtures.Step(Fixtures.Date("2025-06-04"), "系统"));

        Assert.Equal((ProposalStatus.Closed, Fixtures.Date("2025-06-04")), (proposal.Status, proposal.ClosedOn));
        var evaluation = Assert.Single(proposal.Evaluations);
        Assert.Null(evaluation.Rating);
        Assert.True(evaluation.AcceptedWithoutRating);
        Assert.Equal((1, Fixtures.Date("2025-06-04")), (evaluation.Round, evaluation.EvaluatedOn));
        Assert.Equal(ProposalAction.AcceptedWithoutRating, proposal.Timeline.Last().Action);
        Assert.Contains("2025-06-03", proposal.Timeline.Last().Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void NoRating_OnAClassBReply_PutsItUnderFollowUpAsSatisfiedWould()
    {
        var world = new ProposalWorld();
        var proposal = world.Replied(ReplyClass.B);

        proposal.AcceptWithoutRating(Fixtures.Step(Fixtures.Date("2025-06-04"), "系统"));

        Assert.Equal(ProposalStatus.FollowUp, proposal.Status);
    }

    [Fact]
    public void NoRating_OnTheSecondReply_ClosesItWithoutARatingForThatRound()
    {
        var world = new ProposalWorld();
        var proposal = world.In(ProposalStatus.Rehandling);
        world.Reply(proposal, ReplyClass.A, Fixtures.Date("2025-06-02")); // window ends Monday 2025-06-30

        proposal.AcceptWithoutRating(Fixtures.Step(Fixtures.Date("2025-07-01"), "系统"));

        Assert.Equal(ProposalStatus.Closed, proposal.Status);
        Assert.Equal([(1, Rating.Dissatisfied), (2, (Rating?)null)], proposal.Evaluations.Select(e => (e.Round, e.Rating)));
    }

    [Fact]
    public void CoUnit_ProvidesItsInputWithinAMonthOfAssignment()
    {
        var world = new ProposalWorld();
        var proposal = world.Assigned();
        var coUnit = Assert.Single(proposal.CoUnits);
        Assert.Equal(Fixtures.Date("2025-04-10"), coUnit.InputDueOn);

        proposal.ProvideCoUnitInput(world.CoUnit.Id, "可安排资金5万元", Fixtures.Step(Fixtures.Date("2025-04-01"), "财政所"));

        Assert.Equal(("可安排资金5万元", Fixtures.Date("2025-04-01")), (coUnit.Input, coUnit.InputProvidedOn));
        Assert.Equal(ProposalAction.CoUnitInputProvided, proposal.Timeline.Last().Action);
    }

    [Fact]
    public void ProgressNotes_AreRecordedByLeadAndCoUnits_AlsoUnderFollowUp()
    {
        var world = new ProposalWorld();
        var proposal = world.Assigned();
        proposal.AddProgressNote(world.CoUnit.Id, "已完成资金测算", Fixtures.Step(Later));
        world.Reply(proposal, ReplyClass.B, Later.AddDays(1));
        world.Evaluate(proposal, Rating.Satisfied, Later.AddDays(2));

        proposal.AddProgressNote(world.LeadUnit.Id, "已开工", Fixtures.Step(Later.AddDays(10)));

        Assert.Equal(
            [(world.CoUnit.Id, "已完成资金测算", Later), (world.LeadUnit.Id, "已开工", Later.AddDays(10))],
            proposal.ProgressNotes.Select(n => (n.HandlingUnitId, n.Text, n.NotedOn)));
        Assert.Equal(ProposalStatus.FollowUp, proposal.Status);
    }

    [Fact]
    public void Timeline_HasOneEventPerStep_WithItsActorActionAndTime()
    {
        var world = new ProposalWorld();
        var (deputy, secretary, unitHead) = (Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7());
        var rules = world.Rules;

        var proposal = Proposal.Draft(world.Term, null, ProposalKind.Suggestion, ProposalWorld.Text(), world.Lead, [], rules,
            Fixtures.Step(ProposalWorld.DraftedOn, "张伟", deputy));
        proposal.Submit(Fixtures.Step(ProposalWorld.SubmittedOn, "张伟", deputy));
        proposal.Register(proposal.SeriesIn(world.Term, null), 1, Fixtures.Step(ProposalWorld.RegisteredOn, "秘书", secretary));
        proposal.Assign(new ProposalAssignment(world.LeadUnit, [], false, null), null, rules, Fixtures.Step(ProposalWorld.AssignedOn, "秘书", secretary));
        proposal.Reply(world.LeadUnit.Id, ProposalWorld.ReplyOf(ReplyClass.A, ProposalWorld.RepliedOn), world.Calendar, rules,
            Fixtures.Step(ProposalWorld.RepliedOn, "王主任", unitHead));
        proposal.Evaluate(world.Lead.Id, Rating.Satisfied, "很及时", rules, Fixtures.Step(ProposalWorld.EvaluatedOn, "张伟", deputy));

        Assert.Equal(
            [
                (ProposalAction.Drafted, "张伟", deputy, ProposalWorld.DraftedOn),
                (ProposalAction.Submitted, "张伟", deputy, ProposalWorld.SubmittedOn),
                (ProposalAction.Registered, "秘书", secretary, ProposalWorld.RegisteredOn),
                (ProposalAction.Assigned, "秘书", secretary, ProposalWorld.AssignedOn),
                (ProposalAction.Replied, "王主任", unitHead, ProposalWorld.RepliedOn),
                (ProposalAction.Evaluated, "张伟", deputy, ProposalWorld.EvaluatedOn),
            ],
            proposal.Timeline.Select(e => (e.Action, e.ActorName, e.ActorUserId!.Value, DateOnly.FromDateTime(e.At.DateTime))));
        Assert.All(proposal.Timeline, e => Assert.Equal(proposal.Id, e.ProposalId));
        Assert.Equal(Fixtures.Step(ProposalWorld.EvaluatedOn).At, proposal.LastStepAt);
        Assert.Contains("18-闭会-J001", proposal.Timeline.ElementAt(2).Detail, StringComparison.Ordinal);
        Assert.Contains("2025-06-10", proposal.Timeline.ElementAt(3).Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Draft_Edited_KeepsItsLeadAndRecordsTheEdit()
    {
        var world = new ProposalWorld();
        var proposal = world.Draft();

        proposal.EditDraft(world.Term, null, ProposalKind.Motion, ProposalWorld.Text("城乡建设"), world.Lead, world.CoSigners, world.Rules, Fixtures.Step(ProposalWorld.SubmittedOn, "张伟"));

        Assert.Equal((ProposalKind.Motion, "城乡建设", 4, ProposalStatus.Draft), (proposal.Kind, proposal.Category, proposal.CoSigners.Count, proposal.Status));
        Assert.Equal(ProposalAction.Edited, proposal.Timeline.Last().Action);
    }
}
