using DeputyPortal.Domain.Calendar;
using DeputyPortal.Domain.Proposals;

namespace DeputyPortal.Domain.UnitTests;

/// <summary>
/// The deadlines of DESIGN §3: "N months after" keeps the day of the month, clamped to the month's end; the evaluation
/// window counts working days of the official holiday schedule.
/// </summary>
public sealed class ProposalDeadlineTests
{
    // 国务院办公厅关于2026年部分节假日安排的通知, as shipped in Infrastructure/Calendar/OfficialHolidaySchedules.cs:
    // 元旦 off 1–3 January, Sunday 4 January worked; 春节 off 15–23 February, Saturdays 14 and 28 February worked.
    private static readonly WorkingDayCalendar Calendar2026 = new(
    [
        .. Days(CalendarDayKind.Holiday, "元旦", "2026-01-01", "2026-01-02", "2026-01-03"),
        .. Days(CalendarDayKind.AdjustedWorkday, "元旦", "2026-01-04"),
        .. Days(CalendarDayKind.Holiday, "春节", "2026-02-15", "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20", "2026-02-21", "2026-02-22", "2026-02-23"),
        .. Days(CalendarDayKind.AdjustedWorkday, "春节", "2026-02-14", "2026-02-28"),
    ]);

    [Theory]
    [InlineData("2025-03-10", false, "2025-06-10")]
    [InlineData("2025-11-30", false, "2026-02-28")]
    [InlineData("2023-11-30", false, "2024-02-29")] // leap year
    [InlineData("2025-08-31", true, "2026-02-28")]
    [InlineData("2023-08-31", true, "2024-02-29")] // leap year
    public void Assignment_IsDueThreeMonthsLater_OrSixWhenComplex_ClampedToTheMonthsEnd(string assignedOn, bool complex, string dueOn)
    {
        var world = new ProposalWorld();

        var proposal = world.Assigned(on: Fixtures.Date(assignedOn), complex: complex);

        Assert.Equal(Fixtures.Date(dueOn), proposal.DueOn);
        Assert.Equal(complex, proposal.IsComplex);
        Assert.False(proposal.IsExtended);
    }

    [Fact]
    public void Assignment_UsesTheTownshipsHandlingMonths()
    {
        var world = new ProposalWorld(ProposalRules.Default with { HandlingMonths = 2, ComplexHandlingMonths = 4 });

        Assert.Equal(Fixtures.Date("2026-01-30"), world.Assigned(on: Fixtures.Date("2025-11-30")).DueOn);
        Assert.Equal(Fixtures.Date("2026-03-30"), world.Assigned(on: Fixtures.Date("2025-11-30"), complex: true).DueOn);
    }

    [Fact]
    public void CoUnitInput_IsDueOneMonthAfterAssignment_ClampedToTheMonthsEnd()
    {
        var world = new ProposalWorld();

        var proposal = world.Assigned(on: Fixtures.Date("2024-01-31"));

        Assert.Equal(Fixtures.Date("2024-02-29"), Assert.Single(proposal.CoUnits).InputDueOn);
    }

    [Fact]
    public void SessionProposal_IsExpectedToBeAssignedWithinOneMonthOfTheSessionsClose()
    {
        var world = new ProposalWorld();
        var session = Fixtures.Session(world.Term, 3, Fixtures.Date("2024-01-29"), Fixtures.Date("2024-01-31"));
        var proposal = world.Registered(session: session);

        proposal.Assign(new ProposalAssignment(world.LeadUnit, [], false, null), session, world.Rules, Fixtures.Step(Fixtures.Date("2024-02-20")));

        Assert.Equal(Fixtures.Date("2024-02-29"), proposal.AssignmentExpectedBy);
    }

    [Fact]
    public void ProposalBetweenSessions_HasNoExpectedAssignmentDate() =>
        Assert.Null(new ProposalWorld().Assigned().AssignmentExpectedBy);

    [Fact]
    public void Rehandling_IsDueOneMonthAfterTheEvaluation_ClampedToTheMonthsEnd()
    {
        var world = new ProposalWorld();
        var proposal = world.Assigned(on: Fixtures.Date("2023-11-30"));
        world.Reply(proposal, ReplyClass.A, Fixtures.Date("2024-01-30"));

        world.Evaluate(proposal, Rating.Dissatisfied, Fixtures.Date("2024-01-31"));

        Assert.Equal(Fixtures.Date("2024-02-29"), proposal.DueOn);
    }

    [Fact]
    public void EvaluationWindow_AcrossTheSpringFestival_SkipsTheHolidayAndCountsTheAdjustedSaturdays()
    {
        var world = new ProposalWorld(calendar: Calendar2026);
        var proposal = world.Assigned(on: Fixtures.Date("2025-11-30"));

        // Replied Monday 2 February. Working days after it: Tue 3 … Fri 6 = 4; Mon 9 … Fri 13 = 9; Sat 14 (worked) = 10;
        // 15–23 off; Tue 24 … Fri 27 = 14; Sat 28 (worked) = 15; Mon 2 … Fri 6 March = 20.
        // (A plain Monday–Friday count would end on Monday 2 March.)
        world.Reply(proposal, ReplyClass.A, Fixtures.Date("2026-02-02"));

        Assert.Equal(Fixtures.Date("2026-03-06"), proposal.EvaluationDueOn);
    }

    [Fact]
    public void EvaluationWindow_AcrossNewYear_CountsTheAdjustedSunday()
    {
        var world = new ProposalWorld(calendar: Calendar2026);
        var proposal = world.Assigned(on: Fixtures.Date("2025-11-30"));

        // Replied Wednesday 31 December. 1–3 January off; Sun 4 (worked) = 1; Mon 5 … Fri 9 = 6; 12–16 = 11; 19–23 = 16;
        // Mon 26, Tue 27, Wed 28, Thu 29 = 20. (A plain count, with 1 and 2 January as working days, ends on 28 January.)
        world.Reply(proposal, ReplyClass.A, Fixtures.Date("2025-12-31"));

        Assert.Equal(Fixtures.Date("2026-01-29"), proposal.EvaluationDueOn);
    }

    [Fact]
    public void EvaluationWindow_StartingInTheHoliday_CountsFromTheFirstWorkingDayAfterIt()
    {
        var world = new ProposalWorld(calendar: Calendar2026);
        var proposal = world.Assigned(on: Fixtures.Date("2025-11-30"));

        // Replied Monday 16 February (a holiday). 17–23 off; Tue 24 … Fri 27 = 4; Sat 28 (worked) = 5; 2–6 March = 10;
        // 9–13 = 15; 16–20 = 20.
        world.Reply(proposal, ReplyClass.A, Fixtures.Date("2026-02-16"));

        Assert.Equal(Fixtures.Date("2026-03-20"), proposal.EvaluationDueOn);
    }

    [Fact]
    public void EvaluationWindow_UsesTheTownshipsWorkingDays_AndMayEndOnAnAdjustedSaturday()
    {
        var world = new ProposalWorld(ProposalRules.Default with { EvaluationWorkingDays = 10 }, Calendar2026);
        var proposal = world.Assigned(on: Fixtures.Date("2025-11-30"));

        // Tue 3 … Fri 6 February = 4; Mon 9 … Fri 13 = 9; Sat 14 (worked) = 10.
        world.Reply(proposal, ReplyClass.A, Fixtures.Date("2026-02-02"));

        Assert.Equal(Fixtures.Date("2026-02-14"), proposal.EvaluationDueOn);
    }

    [Fact]
    public void Evaluation_AcrossTheSpringFestival_IsAcceptedOnTheLastDayAndRefusedOnTheNextWorkingDay()
    {
        var world = new ProposalWorld(calendar: Calendar2026);
        var onTime = world.Assigned(on: Fixtures.Date("2025-11-30"));
        var late = world.Assigned(on: Fixtures.Date("2025-11-30"));
        world.Reply(onTime, ReplyClass.A, Fixtures.Date("2026-02-02"));
        world.Reply(late, ReplyClass.A, Fixtures.Date("2026-02-02"));

        world.Evaluate(onTime, Rating.Satisfied, Fixtures.Date("2026-03-06"));

        Assert.Equal(ProposalStatus.Closed, onTime.Status);
        RuleAssert.Breaks("EvaluateWithinWindow", () => world.Evaluate(late, Rating.Satisfied, Fixtures.Date("2026-03-09")), Common.RuleViolationKind.ConflictsWithState);
    }

    [Fact]
    public void NoRating_AcrossTheSpringFestival_CountsAsAcceptedOnlyAfterTheWindowsLastDay()
    {
        var world = new ProposalWorld(calendar: Calendar2026);
        var proposal = world.Assigned(on: Fixtures.Date("2025-11-30"));
        world.Reply(proposal, ReplyClass.A, Fixtures.Date("2026-02-02"));

        RuleAssert.Breaks("AcceptOnlyAfterWindow", () => proposal.AcceptWithoutRating(Fixtures.Step(Fixtures.Date("2026-03-06"))), Common.RuleViolationKind.ConflictsWithState);
        proposal.AcceptWithoutRating(Fixtures.Step(Fixtures.Date("2026-03-07")));

        Assert.Equal(ProposalStatus.Closed, proposal.Status);
    }

    private static IEnumerable<CalendarDay> Days(CalendarDayKind kind, string holiday, params string[] dates) =>
        dates.Select(d => CalendarDay.Create(Fixtures.Date(d), kind, holiday));
}
