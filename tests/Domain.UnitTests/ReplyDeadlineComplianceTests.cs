using DeputyPortal.Domain.Compliance;
using DeputyPortal.Domain.Proposals;

namespace DeputyPortal.Domain.UnitTests;

/// <summary>R1: the proposals whose reply deadline falls in the quarter are replied by it.</summary>
public sealed class ReplyDeadlineComplianceTests
{
    private static readonly Quarter Q1 = new(2026, 1);
    private static readonly DateOnly LastDayOfQ1 = new(2026, 3, 31);
    private static readonly DateOnly FirstDayOfQ2 = new(2026, 4, 1);

    [Fact]
    public void NoProposalDueInTheQuarter_IsMetWithNothingToCount()
    {
        var outcome = QuarterlyCompliance.RepliesOnTime(Q1, [Due("18-1-J001", FirstDayOfQ2)], new DateOnly(2026, 2, 1));

        Assert.Equal(ComplianceStatus.Met, outcome.Status);
        Assert.Equal((0, 0, 0), (outcome.Required, outcome.Counted, outcome.Total));
        Assert.Equal(LastDayOfQ1, outcome.DueBy);
        Assert.Empty(outcome.Offenders);
        Assert.Equal("2026年第1季度没有办理期限届满的建议。", outcome.Summary);
    }

    [Fact]
    public void ReplyOnTheDeadlineDay_IsOnTime()
    {
        var outcome = R1(new DateOnly(2026, 5, 1), Due("18-1-J001", LastDayOfQ1, repliedOn: LastDayOfQ1));

        Assert.Equal(ComplianceStatus.Met, outcome.Status);
        Assert.Equal((1, 1, 1), (outcome.Required, outcome.Counted, outcome.Total));
        Assert.Empty(outcome.Offenders);
    }

    [Fact]
    public void ReplyTheDayAfterTheDeadline_IsLate_AndBreaches()
    {
        var late = Due("18-1-J002", new DateOnly(2026, 3, 20), repliedOn: new DateOnly(2026, 3, 21));

        var outcome = R1(new DateOnly(2026, 3, 25), Due("18-1-J001", new DateOnly(2026, 3, 20), repliedOn: new DateOnly(2026, 3, 20)), late);

        Assert.Equal(ComplianceStatus.Breached, outcome.Status);
        Assert.Equal((2, 1, 2), (outcome.Required, outcome.Counted, outcome.Total));
        var offender = Assert.Single(outcome.Offenders);
        Assert.Equal((late.Id, "proposal", "18-1-J002 关于修缮机耕道的建议"), (offender.Id!.Value, offender.Kind, offender.Name));
        Assert.Equal("办理期限2026-03-20，2026-03-21答复，逾期1天答复", offender.Reason);
        Assert.Contains("按期答复1件，逾期答复1件，未答复0件", outcome.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void DeadlineOnTheQuartersLastDay_CountsForIt_TheDayAfterForTheNext()
    {
        var onLastDay = Due("18-1-J001", LastDayOfQ1, repliedOn: new DateOnly(2026, 4, 12));
        var dayAfter = Due("18-1-J002", FirstDayOfQ2);
        var today = new DateOnly(2026, 5, 1);

        var q1 = R1(today, onLastDay, dayAfter);
        var q2 = QuarterlyCompliance.RepliesOnTime(new Quarter(2026, 2), [onLastDay, dayAfter], today);

        Assert.Equal(onLastDay.Id, Assert.Single(q1.Offenders).Id);
        Assert.Equal("办理期限2026-03-31，2026-04-12答复，逾期12天答复", Assert.Single(q1.Offenders).Reason);
        Assert.Equal(dayAfter.Id, Assert.Single(q2.Offenders).Id);
        Assert.Equal("办理期限2026-04-01，逾期30天未答复", Assert.Single(q2.Offenders).Reason);
    }

    [Fact]
    public void UnrepliedPastItsDeadline_IsBreached_EvenWhileTheQuarterRuns()
    {
        var overdue = Due("18-1-J001", new DateOnly(2026, 2, 10));
        var waiting = Due("18-1-J002", new DateOnly(2026, 3, 25));

        var outcome = R1(new DateOnly(2026, 2, 11), overdue, waiting);

        Assert.Equal(ComplianceStatus.Breached, outcome.Status);
        Assert.Equal((2, 0, 2), (outcome.Required, outcome.Counted, outcome.Total));
        Assert.Equal(
            ["办理期限2026-02-10，逾期1天未答复", "尚未答复（期限2026-03-25）"],
            outcome.Offenders.Select(o => o.Reason));
        Assert.Contains("未答复2件（其中已逾期1件，尚在期限内1件）", outcome.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void UnrepliedWithinItsDeadline_IsPendingUntilTheDeadlineDay_AndBreachedTheDayAfter()
    {
        var waiting = Due("18-1-J001", new DateOnly(2026, 3, 25));
        var replied = Due("18-1-J002", new DateOnly(2026, 2, 10), repliedOn: new DateOnly(2026, 2, 1));

        var onTheDay = R1(new DateOnly(2026, 3, 25), waiting, replied);
        var dayAfter = R1(new DateOnly(2026, 3, 26), waiting, replied);

        Assert.Equal(ComplianceStatus.Pending, onTheDay.Status);
        Assert.Equal(new DateOnly(2026, 3, 25), onTheDay.DueBy);
        Assert.Equal((2, 1, 2), (onTheDay.Required, onTheDay.Counted, onTheDay.Total));
        Assert.Equal(ComplianceStatus.Breached, dayAfter.Status);
        Assert.Equal("办理期限2026-03-25，逾期1天未答复", Assert.Single(dayAfter.Offenders).Reason);
    }

    [Fact]
    public void InRehandling_TheFirstRoundsReplyDoesNotAnswerTheNewDeadline()
    {
        var rehandling = Due("18-1-J001", new DateOnly(2026, 3, 1), repliedOn: new DateOnly(2026, 1, 5), status: ProposalStatus.Rehandling);

        var outcome = R1(new DateOnly(2026, 3, 13), rehandling);

        Assert.Equal(ComplianceStatus.Breached, outcome.Status);
        Assert.Equal("办理期限2026-03-01，逾期12天未答复", Assert.Single(outcome.Offenders).Reason);
    }

    [Fact]
    public void ClosedAfterAnOnTimeReply_IsOnTime()
    {
        var closed = Due("18-1-J001", new DateOnly(2026, 3, 1), repliedOn: new DateOnly(2026, 2, 27), status: ProposalStatus.Closed);

        Assert.Equal(ComplianceStatus.Met, R1(new DateOnly(2026, 6, 1), closed).Status);
    }

    [Fact]
    public void FactsOfRealProposals_AgreeWithTheRepliesOnTime_AndRehandlingAwaitsItsNewReply()
    {
        var world = new ProposalWorld(); // assigned 2025-03-10, due 2025-06-10
        var (onTime, late, rehandled) = (world.Assigned(), world.Assigned(), world.Assigned());
        world.Reply(onTime, ReplyClass.A, new DateOnly(2025, 6, 10));
        world.Reply(late, ReplyClass.A, new DateOnly(2025, 6, 11));
        world.Reply(rehandled, ReplyClass.A, new DateOnly(2025, 5, 6));
        world.Evaluate(rehandled, Rating.Dissatisfied, new DateOnly(2025, 5, 12)); // due again 2025-06-12

        var outcome = QuarterlyCompliance.RepliesOnTime(new Quarter(2025, 2), [.. new[] { onTime, late, rehandled }.Select(Fact)], new DateOnly(2025, 6, 20));

        Assert.True(Assert.Single(onTime.Replies).OnTime);
        Assert.False(Assert.Single(late.Replies).OnTime);
        Assert.Equal(ComplianceStatus.Breached, outcome.Status);
        Assert.Equal((3, 1, 3), (outcome.Required, outcome.Counted, outcome.Total));
        Assert.Equal(
            [(late.Id, "办理期限2025-06-10，2025-06-11答复，逾期1天答复"), (rehandled.Id, "办理期限2025-06-12，逾期8天未答复")],
            outcome.Offenders.Select(o => (o.Id!.Value, o.Reason)));
    }

    /// <summary>The columns the loader projects from a proposal.</summary>
    private static ReplyDeadlineFact Fact(Proposal proposal) =>
        new(proposal.Id, proposal.Number, proposal.Title, proposal.Status, proposal.DueOn!.Value, proposal.LastRepliedOn);

    private static RuleOutcome R1(DateOnly today, params ReplyDeadlineFact[] proposals) => QuarterlyCompliance.RepliesOnTime(Q1, proposals, today);

    /// <summary>A proposal due on <paramref name="dueOn"/>: replied on <paramref name="repliedOn"/>, or still awaiting its reply when null.</summary>
    private static ReplyDeadlineFact Due(string number, DateOnly dueOn, DateOnly? repliedOn = null, ProposalStatus? status = null) =>
        new(Guid.NewGuid(), number, "关于修缮机耕道的建议", status ?? (repliedOn is null ? ProposalStatus.Assigned : ProposalStatus.Replied), dueOn, repliedOn);
}
