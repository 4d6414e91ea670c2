using DeputyPortal.Domain.Compliance;
using DeputyPortal.Domain.Meetings;
using DeputyPortal.Domain.Proposals;

namespace DeputyPortal.Domain.UnitTests;

public sealed class ComplianceTests
{
    private static readonly Quarter Q1 = new(2026, 1);
    private static readonly DateOnly LastDayOfQ1 = new(2026, 3, 31);
    private static readonly DateOnly FirstDayOfQ2 = new(2026, 4, 1);
    private static readonly ComplianceRules Rules = ComplianceRules.Default;
    private static readonly TermFact Term = new(Guid.NewGuid(), "第十八届", new DateOnly(2021, 9, 1), new DateOnly(2026, 12, 31), new DateOnly(2021, 8, 20));

    // ---- Quarter and status ----

    [Fact]
    public void Quarter_EndsOnItsLastCalendarDay()
    {
        Assert.Equal(LastDayOfQ1, Q1.End);
        Assert.True(Q1.Contains(LastDayOfQ1));
        Assert.False(Q1.Contains(FirstDayOfQ2));
        Assert.Equal(new Quarter(2026, 2), Quarter.Of(FirstDayOfQ2));
    }

    // ---- R3 ----

    [Fact]
    public void R3_RegularMeetingWithQuorumOnTheLastDay_MeetsTheQuarter()
    {
        var outcome = R3(LastDayOfQ1, Meeting(LastDayOfQ1));

        Assert.Equal(ComplianceStatus.Met, outcome.Status);
        Assert.Equal((1, 1, 1), (outcome.Required, outcome.Counted, outcome.Total));
        Assert.Empty(outcome.Offenders);
    }

    [Fact]
    public void R3_MeetingOnTheFirstDayOfTheNextQuarter_DoesNotCount()
    {
        var outcome = R3(FirstDayOfQ2, Meeting(FirstDayOfQ2));

        Assert.Equal(ComplianceStatus.Breached, outcome.Status);
        Assert.Equal(0, outcome.Total);
    }

    [Fact]
    public void R3_NoMeetingYet_IsPendingOnTheLastDay_AndBreachedTheDayAfter()
    {
        Assert.Equal(ComplianceStatus.Pending, R3(LastDayOfQ1).Status);
        Assert.Equal(ComplianceStatus.Breached, R3(FirstDayOfQ2).Status);
        Assert.Equal(ComplianceStatus.Pending, R3(new DateOnly(2025, 12, 1)).Status);
        Assert.Equal(LastDayOfQ1, R3(FirstDayOfQ2).DueBy);
    }

    [Fact]
    public void R3_MeetingWithoutQuorum_DoesNotCount_AndSaysWhy()
    {
        var outcome = R3(FirstDayOfQ2, Meeting(new DateOnly(2026, 2, 10), quorum: false));

        Assert.Equal(ComplianceStatus.Breached, outcome.Status);
        Assert.Equal((0, 1), (outcome.Counted, outcome.Total));
        var offender = Assert.Single(outcome.Offenders);
        Assert.Equal("meeting", offender.Kind);
        Assert.Contains("无法定人数", offender.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void R3_ExtraordinaryMeeting_DoesNotCount_AndSaysWhy()
    {
        var outcome = R3(FirstDayOfQ2, Meeting(new DateOnly(2026, 2, 10), kind: PresidiumMeetingKind.Extraordinary));

        Assert.Equal(ComplianceStatus.Breached, outcome.Status);
        Assert.Contains("临时会议", Assert.Single(outcome.Offenders).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void R3_TwoRequired_OneHeld_IsNotMet()
    {
        var rules = Rules with { RegularMeetingsPerQuarter = 2 };

        var outcome = QuarterlyCompliance.RegularMeetingsHeld(Q1, [Meeting(new DateOnly(2026, 1, 5))], rules, LastDayOfQ1);

        Assert.Equal(ComplianceStatus.Pending, outcome.Status);
        Assert.Equal((2, 1), (outcome.Required, outcome.Counted));
    }

    // ---- R4 ----

    [Fact]
    public void R4_GroupWhoseOnlyActivityNoMemberAttended_IsIdle()
    {
        var group = new GroupFact(Guid.NewGuid(), Term.Id, "第一代表小组", ActivitiesOrganised: 1, ActivitiesAttendedByMember: 0);

        var outcome = QuarterlyCompliance.GroupsActive(Q1, [Term], [group], Rules, FirstDayOfQ2);

        Assert.Equal(ComplianceStatus.Breached, outcome.Status);
        var offender = Assert.Single(outcome.Offenders);
        Assert.Equal((group.Id, "group"), (offender.Id!.Value, offender.Kind));
        Assert.Contains("无本组代表出席", offender.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void R4_ActivityAttendedByAMember_MakesTheGroupActive_PendingOnTheLastDay()
    {
        var group = new GroupFact(Guid.NewGuid(), Term.Id, "第一代表小组", 1, 1);
        var idle = new GroupFact(Guid.NewGuid(), Term.Id, "第二代表小组", 0, 0);

        var outcome = QuarterlyCompliance.GroupsActive(Q1, [Term], [group, idle], Rules, LastDayOfQ1);

        Assert.Equal(ComplianceStatus.Pending, outcome.Status);
        Assert.Equal((2, 1, 2), (outcome.Required, outcome.Counted, outcome.Total));
        Assert.Equal(idle.Id, Assert.Single(outcome.Offenders).Id);
        Assert.Contains("没有活动", outcome.Offenders[0].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void R4_GroupsOfAnotherTerm_AreNotHeldToIt()
    {
        var group = new GroupFact(Guid.NewGuid(), Term.Id, "第一代表小组", 0, 0);
        var oldTerm = new TermFact(Guid.NewGuid(), "第十七届", new DateOnly(2016, 9, 1), new DateOnly(2021, 8, 31), null);
        var oldGroup = new GroupFact(Guid.NewGuid(), oldTerm.Id, "旧小组", 0, 0);

        var outcome = QuarterlyCompliance.GroupsActive(Q1, [Term, oldTerm], [group, oldGroup], Rules, FirstDayOfQ2);

        Assert.Equal(ComplianceStatus.Breached, outcome.Status);
        Assert.Equal(1, outcome.Total);
    }

    // ---- R7 ----

    [Fact]
    public void R7_ListsDeputiesWithoutAContact_AndThoseWithTooFewConstituents()
    {
        var inTouch = new DeputyFact(Guid.NewGuid(), Term.Id, "甲", null, 10, 1);
        var silent = new DeputyFact(Guid.NewGuid(), Term.Id, "乙", null, 12, 0);
        var few = new DeputyFact(Guid.NewGuid(), Term.Id, "丙", null, 9, 1);

        var outcome = QuarterlyCompliance.DeputiesInTouch(Q1, [Term], [inTouch, silent, few], Rules, FirstDayOfQ2);

        Assert.Equal(ComplianceStatus.Breached, outcome.Status);
        Assert.Equal((3, 1, 3), (outcome.Required, outcome.Counted, outcome.Total));
        var reasons = outcome.Offenders.ToDictionary(o => o.Id!.Value, o => o.Reason);
        Assert.Equal(2, reasons.Count);
        Assert.Equal("本季度未联系选民", reasons[silent.Id]);
        Assert.Equal("固定联系选民9名，应不少于10名", reasons[few.Id]);
    }

    [Fact]
    public void R7_AllInTouch_IsMetBeforeTheQuarterEnds()
    {
        var deputy = new DeputyFact(Guid.NewGuid(), Term.Id, "甲", null, 10, 1);

        var outcome = QuarterlyCompliance.DeputiesInTouch(Q1, [Term], [deputy], Rules, Q1.Start);

        Assert.Equal(ComplianceStatus.Met, outcome.Status);
    }

    [Fact]
    public void R7_DeputyWhoseMandateEndedInTheQuarter_IsNoLongerHeldToIt()
    {
        var gone = new DeputyFact(Guid.NewGuid(), Term.Id, "甲", new DateOnly(2026, 2, 1), 0, 0);
        var later = new DeputyFact(Guid.NewGuid(), Term.Id, "乙", FirstDayOfQ2, 0, 0);

        var outcome = QuarterlyCompliance.DeputiesInTouch(Q1, [Term], [gone, later], Rules, FirstDayOfQ2);

        Assert.Equal("乙", Assert.Single(outcome.Offenders).Name);
    }

    // ---- R2 ----

    [Fact]
    public void R2_QuarterWithoutAClosingSession_IsMetWithNothingToCount()
    {
        var session = new SessionFact(Guid.NewGuid(), Term.Id, 1, "第一次会议", new DateOnly(2026, 4, 1), new DateOnly(2026, 4, 2));

        var outcome = QuarterlyCompliance.SessionProposalsAssigned(Q1, [session], [], 1, FirstDayOfQ2);

        Assert.Equal(ComplianceStatus.Met, outcome.Status);
        Assert.Equal((0, 0, 0), (outcome.Required, outcome.Counted, outcome.Total));
        Assert.Contains("没有闭幕", outcome.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void R2_ProposalAssignedOnItsLastDay_IsInTime_TheDayAfterIsLate()
    {
        var session = new SessionFact(Guid.NewGuid(), Term.Id, 3, "第三次会议", new DateOnly(2026, 2, 27), new DateOnly(2026, 2, 28));
        var dueBy = new DateOnly(2026, 3, 28);
        var inTime = Proposal(session, "18-3-J001", assignedOn: dueBy);
        var late = Proposal(session, "18-3-J002", assignedOn: dueBy.AddDays(1));
        var draft = Proposal(session, null, status: ProposalStatus.Submitted);

        var outcome = QuarterlyCompliance.SessionProposalsAssigned(Q1, [session], [inTime, late, draft], 1, new DateOnly(2026, 3, 29));

        Assert.Equal(ComplianceStatus.Breached, outcome.Status);
        Assert.Equal((2, 1, 2), (outcome.Required, outcome.Counted, outcome.Total));
        Assert.Equal(dueBy, outcome.DueBy);
        var offender = Assert.Single(outcome.Offenders);
        Assert.Equal(late.Id, offender.Id);
        Assert.Equal("应于2026-03-28前交办，2026-03-29才交办", offender.Reason);
    }

    [Fact]
    public void R2_UnassignedProposal_IsPendingUntilItsDate_AndBreachedTheDayAfter()
    {
        var session = new SessionFact(Guid.NewGuid(), Term.Id, 3, "第三次会议", new DateOnly(2026, 3, 30), LastDayOfQ1);
        var open = Proposal(session, "18-3-J001", status: ProposalStatus.Registered);

        var before = QuarterlyCompliance.SessionProposalsAssigned(Q1, [session], [open], 1, new DateOnly(2026, 4, 30));
        var after = QuarterlyCompliance.SessionProposalsAssigned(Q1, [session], [open], 1, new DateOnly(2026, 5, 1));

        Assert.Equal(ComplianceStatus.Pending, before.Status);
        Assert.Equal(new DateOnly(2026, 4, 30), before.DueBy);
        Assert.Equal(ComplianceStatus.Breached, after.Status);
        Assert.Contains("至今未交办", Assert.Single(after.Offenders).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void R2_UsesTheDateExpectedAtAssignment()
    {
        var session = new SessionFact(Guid.NewGuid(), Term.Id, 3, "第三次会议", new DateOnly(2026, 2, 27), new DateOnly(2026, 2, 28));
        var assigned = Proposal(session, "18-3-J001", assignedOn: new DateOnly(2026, 4, 20), expectedBy: new DateOnly(2026, 4, 28));

        var outcome = QuarterlyCompliance.SessionProposalsAssigned(Q1, [session], [assigned], 1, new DateOnly(2026, 6, 1));

        Assert.Equal(ComplianceStatus.Met, outcome.Status);
    }

    // ---- R6 ----

    [Fact]
    public void R6_TwoSessionsTheFirstInMarch_IsMet()
    {
        var outcome = R6(new DateOnly(2027, 1, 1), Session(1, new DateOnly(2026, 3, 31)), Session(2, new DateOnly(2026, 9, 1)));

        Assert.Equal(ComplianceStatus.Met, outcome.Status);
        Assert.Equal((2, 2), (outcome.Required, outcome.Counted));
        Assert.Empty(outcome.Offenders);
    }

    [Fact]
    public void R6_FirstSessionInApril_IsBreachedFromApril_EvenWithTwoSessions()
    {
        var sessions = new[] { Session(1, FirstDayOfQ2), Session(2, new DateOnly(2026, 9, 1)) };

        var outcome = R6(new DateOnly(2026, 10, 1), sessions);

        Assert.Equal(ComplianceStatus.Breached, outcome.Status);
        var offender = Assert.Single(outcome.Offenders);
        Assert.Equal("firstSession", offender.Kind);
        Assert.Contains("2026-04-01才开幕", offender.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void R6_OneSessionInMarch_IsPendingDuringTheYear_AndBreachedAfterIt()
    {
        var session = Session(1, new DateOnly(2026, 3, 1));

        var during = R6(new DateOnly(2026, 12, 31), session);
        var after = R6(new DateOnly(2027, 1, 1), session);

        Assert.Equal(ComplianceStatus.Pending, during.Status);
        Assert.Equal(ComplianceStatus.Breached, after.Status);
        Assert.Equal("year", Assert.Single(after.Offenders).Kind);
        Assert.Equal(new DateOnly(2026, 12, 31), after.DueBy);
    }

    [Fact]
    public void R6_NoSessionYet_IsPendingOnTheLastDayOfMarch_AndBreachedOnTheFirstOfApril()
    {
        Assert.Equal(ComplianceStatus.Pending, R6(LastDayOfQ1).Status);
        Assert.Equal(ComplianceStatus.Breached, R6(FirstDayOfQ2).Status);
    }

    [Fact]
    public void R6_ASessionWhoseOpeningDateIsStillAhead_DoesNotCountYet()
    {
        var planned = Session(2, new DateOnly(2026, 9, 1));

        var before = R6(new DateOnly(2026, 8, 31), Session(1, new DateOnly(2026, 3, 1)), planned);
        var on = R6(new DateOnly(2026, 9, 1), Session(1, new DateOnly(2026, 3, 1)), planned);

        Assert.Equal((ComplianceStatus.Pending, 1), (before.Status, before.Counted));
        Assert.Equal((ComplianceStatus.Met, 2), (on.Status, on.Counted));
    }

    [Fact]
    public void R6_NewTermFirstSessionLaterThanTwoMonthsAfterTheElection_IsBreached()
    {
        var term = new TermFact(Guid.NewGuid(), "第十九届", new DateOnly(2027, 1, 1), new DateOnly(2031, 12, 31), new DateOnly(2026, 12, 20));
        var sessions = new[]
        {
            new SessionFact(Guid.NewGuid(), term.Id, 1, "第一次会议", new DateOnly(2027, 2, 21), new DateOnly(2027, 2, 22)),
            new SessionFact(Guid.NewGuid(), term.Id, 2, "第二次会议", new DateOnly(2027, 8, 1), new DateOnly(2027, 8, 2)),
        };

        var late = YearlyCompliance.SessionsHeld(2027, [term], sessions, Rules, new DateOnly(2028, 1, 1));
        var inTime = YearlyCompliance.SessionsHeld(2027, [term], sessions, Rules with { NewTermFirstSessionMonths = 3 }, new DateOnly(2028, 1, 1));

        Assert.Equal(ComplianceStatus.Breached, late.Status);
        var offender = Assert.Single(late.Offenders);
        Assert.Equal((term.Id, "term"), (offender.Id!.Value, offender.Kind));
        Assert.Equal(ComplianceStatus.Met, inTime.Status);
    }

    private static RuleOutcome R3(DateOnly today, params MeetingFact[] meetings) =>
        QuarterlyCompliance.RegularMeetingsHeld(Q1, meetings, Rules, today);

    private static RuleOutcome R6(DateOnly today, params SessionFact[] sessions) =>
        YearlyCompliance.SessionsHeld(2026, [Term], sessions, Rules, today);

    private static MeetingFact Meeting(DateOnly heldOn, PresidiumMeetingKind kind = PresidiumMeetingKind.Regular, bool quorum = true) =>
        new(Guid.NewGuid(), heldOn, kind, quorum, quorum ? 5 : 3, 4);

    private static SessionFact Session(int number, DateOnly openedOn) =>
        new(Guid.NewGuid(), Term.Id, number, $"第{number}次会议", openedOn, openedOn.AddDays(1));

    private static SessionProposalFact Proposal(
        SessionFact session, string? number, DateOnly? assignedOn = null, ProposalStatus status = ProposalStatus.Assigned, DateOnly? expectedBy = null) =>
        new(Guid.NewGuid(), session.Id, number, "关于修缮机耕道的建议", status, assignedOn, expectedBy ?? (assignedOn is null ? null : session.ClosedOn!.Value.AddMonths(1)));
}
