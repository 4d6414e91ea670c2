using DeputyPortal.Domain.Common;
using DeputyPortal.Domain.Proposals;

namespace DeputyPortal.Domain.UnitTests;

/// <summary>
/// The moves a page offers are exactly the moves the domain lets be taken: every move, in every state, on days inside
/// and outside the windows, as every kind of participant, is listed by <see cref="ProposalMoves"/> if and only if
/// taking it succeeds. Moves of the township's office are never offered to anyone else (the API refuses them by role
/// before the domain is asked), and neither are a draft's moves to anyone but its lead deputy and the office.
/// </summary>
public sealed class ProposalMovesTests
{
    private static readonly ProposalMove[] OfficeMoves =
        [ProposalMove.Register, ProposalMove.Reject, ProposalMove.ConvertToSuggestion, ProposalMove.Assign, ProposalMove.DecideExtension];

    private static readonly DateOnly[] Days =
    [
        ProposalWorld.AssignedOn.AddDays(5), // inside the return window (10 days)
        ProposalWorld.AssignedOn.AddDays(11), // the day after it
        ProposalWorld.EvaluatedOn, // inside the evaluation window (until 2025-06-03)
        Fixtures.Date("2025-06-04"), // the day after it
    ];

    [Fact]
    public void EveryMove_IsListedExactlyWhenTheDomainLetsItBeTaken()
    {
        var mismatches = new List<string>();
        var checkedCases = 0;
        foreach (var (scenario, bring) in Scenarios())
        {
            foreach (var (name, who) in Participants(new ProposalWorld()))
            {
                foreach (var today in Days)
                {
                    foreach (var move in Enum.GetValues<ProposalMove>())
                    {
                        var world = new ProposalWorld();
                        var proposal = bring(world);
                        var participant = who(world);
                        var listed = proposal.MovesFor(participant, today, world.Rules).Contains(move);
                        var expected = Refused(move, proposal, participant, world) ? false : Succeeds(world, proposal, move, participant, today);
                        checkedCases++;
                        if (listed != expected)
                        {
                            mismatches.Add($"{scenario} · {name} · {today:yyyy-MM-dd} · {move}: listed {listed}, taken {expected}");
                        }
                    }
                }
            }
        }

        Assert.True(mismatches.Count == 0, $"{mismatches.Count} of {checkedCases} cases disagree:\n" + string.Join('\n', mismatches.Take(40)));
    }

    [Fact]
    public void AssignedProposal_OffersEachPartyItsOwnMoves()
    {
        var world = new ProposalWorld();
        var proposal = world.Assigned();
        var today = ProposalWorld.AssignedOn.AddDays(5);

        Assert.Equal(
            [ProposalMove.Return, ProposalMove.RequestExtension, ProposalMove.AddProgressNote, ProposalMove.Reply],
            proposal.MovesFor(ProposalParticipant.Unit(world.LeadUnit.Id), today, world.Rules));
        Assert.Equal(
            [ProposalMove.Return, ProposalMove.AddProgressNote, ProposalMove.ProvideCoUnitInput],
            proposal.MovesFor(ProposalParticipant.Unit(world.CoUnit.Id), today, world.Rules));
        Assert.Empty(proposal.MovesFor(ProposalParticipant.TownshipOffice, today, world.Rules));
        Assert.Empty(proposal.MovesFor(ProposalParticipant.Deputy(world.Lead.Id), today, world.Rules));

        proposal.RequestExtension(world.LeadUnit.Id, Fixtures.Date("2025-07-31"), "需等待资金", Fixtures.Step(today));

        Assert.Equal([ProposalMove.DecideExtension], proposal.MovesFor(ProposalParticipant.TownshipOffice, today, world.Rules));
        Assert.DoesNotContain(ProposalMove.RequestExtension, proposal.MovesFor(ProposalParticipant.Unit(world.LeadUnit.Id), today, world.Rules));
    }

    [Fact]
    public void OnBehalf_TheOfficeMayRecordEachPartysOwnMoves_AndNobodyElseMayRecordAny()
    {
        foreach (var (scenario, bring) in Scenarios())
        {
            var world = new ProposalWorld();
            var proposal = bring(world);
            foreach (var today in Days)
            {
                var parties = new[] { ProposalParticipant.Unit(world.LeadUnit.Id), ProposalParticipant.Unit(world.CoUnit.Id), ProposalParticipant.Deputy(world.Lead.Id) }
                    .Where(p => p.DeputyId is not null || p.UnitId == proposal.LeadUnitId || proposal.CoUnits.Any(u => u.HandlingUnitId == p.UnitId));
                var expected = parties
                    .SelectMany(party => proposal.MovesFor(party, today, world.Rules)
                        .Where(m => m is not (ProposalMove.EditDraft or ProposalMove.Submit))
                        .Select(m => new OnBehalfMove(m, party)))
                    .OrderBy(m => m.Move);

                Assert.True(
                    expected.SequenceEqual(ProposalMoves.OnBehalfFor(proposal, ProposalParticipant.TownshipOffice, today, world.Rules)),
                    $"{scenario} · {today:yyyy-MM-dd}");
                foreach (var (name, who) in Participants(world).Where(p => p.Name != "office"))
                {
                    Assert.True(ProposalMoves.OnBehalfFor(proposal, who(world), today, world.Rules).Count == 0, $"{scenario} · {name}");
                }
            }
        }
    }

    [Fact]
    public void AStepRecordedLate_CountsFromItsDate_ButNotFromTheFutureNorBeforeThePreviousStep()
    {
        var world = new ProposalWorld();
        var proposal = world.Assigned();
        var recordedOn = ProposalWorld.AssignedOn.AddDays(20);
        var clerk = Fixtures.Step(recordedOn, "秘书");

        var future = Assert.Throws<DomainRuleException>(() =>
            proposal.AddProgressNote(world.LeadUnit.Id, "已开工", clerk.RecordedFor(world.LeadUnit.Name, recordedOn.AddDays(1))));
        var beforeAssignment = Assert.Throws<DomainRuleException>(() =>
            proposal.AddProgressNote(world.LeadUnit.Id, "已开工", clerk.RecordedFor(world.LeadUnit.Name, ProposalWorld.AssignedOn.AddDays(-1))));
        // Returned within the 10-day window counted from the letter's date, though recorded after the window closed.
        proposal.Return(world.LeadUnit.Id, "不属本单位职责", world.Rules, clerk.RecordedFor(world.LeadUnit.Name, ProposalWorld.AssignedOn.AddDays(9)));

        Assert.Equal(("OccurredNotInFuture", "occurredOn"), (future.Rule, future.Field));
        Assert.Equal(("OccurredNotBeforePreviousStep", "occurredOn"), (beforeAssignment.Rule, beforeAssignment.Field));
        var returned = proposal.Timeline.Last();
        Assert.Equal((ProposalAction.Returned, ProposalWorld.AssignedOn.AddDays(9), world.LeadUnit.Name, "秘书"), (returned.Action, returned.OccurredOn, returned.OnBehalfOf, returned.ActorName));
    }

    [Fact]
    public void EveryMove_HasAChineseLabel()
    {
        foreach (var move in Enum.GetValues<ProposalMove>())
        {
            Assert.Matches(@"^\p{IsCJKUnifiedIdeographs}+$", move.Label());
        }
    }

    private static IEnumerable<(string Name, Func<ProposalWorld, Proposal> Bring)> Scenarios()
    {
        foreach (var kind in Enum.GetValues<ProposalKind>())
        {
            foreach (var status in Enum.GetValues<ProposalStatus>())
            {
                yield return ($"{status} {kind}", world => world.In(status, kind));
            }

            foreach (var status in new[] { ProposalStatus.Assigned, ProposalStatus.Rehandling })
            {
                yield return ($"{status} {kind} with a pending extension", world =>
                {
                    var proposal = world.In(status, kind);
                    proposal.RequestExtension(world.LeadUnit.Id, proposal.DueOn!.Value.AddMonths(1), "需等待资金", Fixtures.Step(ProposalWorld.EvaluatedOn));
                    return proposal;
                });
            }
        }
    }

    private static IEnumerable<(string Name, Func<ProposalWorld, ProposalParticipant> Who)> Participants(ProposalWorld _)
    {
        yield return ("office", _ => ProposalParticipant.TownshipOffice);
        yield return ("lead unit", world => ProposalParticipant.Unit(world.LeadUnit.Id));
        yield return ("co-unit", world => ProposalParticipant.Unit(world.CoUnit.Id));
        yield return ("other unit", world => ProposalParticipant.Unit(world.OtherUnit.Id));
        yield return ("lead deputy", world => ProposalParticipant.Deputy(world.Lead.Id));
        yield return ("co-signer", world => ProposalParticipant.Deputy(world.CoSigners[0].Id));
        yield return ("nobody", _ => ProposalParticipant.Nobody);
    }

    /// <summary>Refused before the domain is asked: by role (the office's moves) or by authorship (a draft's moves).</summary>
    private static bool Refused(ProposalMove move, Proposal proposal, ProposalParticipant who, ProposalWorld world) =>
        move switch
        {
            _ when OfficeMoves.Contains(move) => !who.ActsForTownship,
            ProposalMove.EditDraft or ProposalMove.Submit => !who.ActsForTownship && who.DeputyId != proposal.LeadDeputyId,
            ProposalMove.Evaluate => who.DeputyId is null,
            _ => who.UnitId is null,
        };

    private static bool Succeeds(ProposalWorld world, Proposal proposal, ProposalMove move, ProposalParticipant who, DateOnly today)
    {
        var step = Fixtures.Step(today);
        try
        {
            switch (move)
            {
                case ProposalMove.EditDraft:
                    proposal.EditDraft(world.Term, null, proposal.Kind, ProposalWorld.Text("教育"), world.Lead,
                        proposal.Kind == ProposalKind.Motion ? world.CoSigners : [], world.Rules, step);
                    break;
                case ProposalMove.Submit:
                    proposal.Submit(step);
                    break;
                case ProposalMove.Register:
                    proposal.Register(proposal.SeriesIn(world.Term, null), 1, step);
                    break;
                case ProposalMove.Reject:
                    proposal.Reject("重复提出", step);
                    break;
                case ProposalMove.ConvertToSuggestion:
                    proposal.ConvertToSuggestion(step);
                    break;
                case ProposalMove.Assign:
                    proposal.Assign(new ProposalAssignment(world.LeadUnit, [world.CoUnit], false, null), null, world.Rules, step);
                    break;
                case ProposalMove.Return:
                    proposal.Return(who.UnitId!.Value, "不属本单位职责", world.Rules, step);
                    break;
                case ProposalMove.RequestExtension:
                    proposal.RequestExtension(who.UnitId!.Value, (proposal.DueOn ?? today).AddMonths(2), "需等待资金", step);
                    break;
                case ProposalMove.DecideExtension:
                    var pending = proposal.Extensions.FirstOrDefault(e => e.Decision == ExtensionDecision.Pending);
                    proposal.DecideExtension(pending?.Id ?? Guid.CreateVersion7(), approve: true, null, step);
                    break;
                case ProposalMove.AddProgressNote:
                    proposal.AddProgressNote(who.UnitId!.Value, "已开工", step);
                    break;
                case ProposalMove.ProvideCoUnitInput:
                    proposal.ProvideCoUnitInput(who.UnitId!.Value, "同意主办单位方案", step);
                    break;
                case ProposalMove.Reply:
                    proposal.Reply(who.UnitId!.Value, ProposalWorld.ReplyOf(ReplyClass.A, today), world.Calendar, world.Rules, step);
                    break;
                case ProposalMove.Evaluate:
                    proposal.Evaluate(who.DeputyId!.Value, Rating.Satisfied, null, world.Rules, step);
                    break;
                case ProposalMove.ReportSolved:
                    proposal.ReportSolved(who.UnitId!.Value, "已完工", step);
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(move), move, null);
            }

            return true;
        }
        catch (DomainRuleException)
        {
            return false;
        }
    }
}
