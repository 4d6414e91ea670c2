using DeputyPortal.Domain.Compliance;
using DeputyPortal.Domain.Reviews;

namespace DeputyPortal.Domain.UnitTests;

/// <summary>R5: every deputy reports to voters at least once per term (or per year), at the edges of the period.</summary>
public sealed class VoterReportComplianceTests
{
    private static readonly TermFact Term = new(Guid.CreateVersion7(), "第十八届", new DateOnly(2021, 10, 1), new DateOnly(2026, 12, 31), new DateOnly(2021, 9, 20));
    private static readonly DateOnly LastDay = new(2026, 12, 31);
    private static readonly DateOnly DayAfter = new(2027, 1, 1);
    private static readonly ReportingPeriod WholeTerm = VoterReportCompliance.Periods(Term, VoterReportPeriod.Term).Single();

    [Fact]
    public void Unreported_OnTheLastDayOfTheTerm_IsPending_AndTheDayAfter_Breached()
    {
        var deputy = Deputy("张伟");

        var lastDay = VoterReportCompliance.OfDeputy(WholeTerm, deputy, [], LastDay)!;
        var dayAfter = VoterReportCompliance.OfDeputy(WholeTerm, deputy, [], DayAfter)!;

        Assert.Equal((ComplianceStatus.Pending, LastDay), (lastDay.Status, lastDay.DueBy));
        Assert.Equal("本届尚未向选民述职（应于2026-12-31前述职）", lastDay.Reason);
        Assert.Equal(ComplianceStatus.Breached, dayAfter.Status);
        Assert.Equal("本届（2021-10-01至2026-12-31）未向选民述职", dayAfter.Reason);
    }

    [Fact]
    public void AReviewOnTheLastDay_Meets_AndOneBeforeTheTerm_DoesNot()
    {
        var deputy = Deputy("张伟");

        var onLastDay = VoterReportCompliance.OfDeputy(WholeTerm, deputy, [new VoterReportFact(deputy.Id, LastDay)], DayAfter)!;
        var before = VoterReportCompliance.OfDeputy(WholeTerm, deputy, [new VoterReportFact(deputy.Id, new DateOnly(2021, 9, 30))], DayAfter)!;

        Assert.Equal((ComplianceStatus.Met, 1, (DateOnly?)LastDay, (string?)null), (onLastDay.Status, onLastDay.Reports, onLastDay.LastReportedOn, onLastDay.Reason));
        Assert.Equal((ComplianceStatus.Breached, 0), (before.Status, before.Reports));
    }

    [Fact]
    public void DeputyTerminatedMidTerm_IsHeldToTheDayTheMandateEnded()
    {
        var ended = new DateOnly(2024, 5, 20);
        var deputy = Deputy("李娜", ended);

        var onTheDay = VoterReportCompliance.OfDeputy(WholeTerm, deputy, [], ended)!;
        var dayAfter = VoterReportCompliance.OfDeputy(WholeTerm, deputy, [], ended.AddDays(1))!;
        var reportedAfter = VoterReportCompliance.OfDeputy(WholeTerm, deputy, [new VoterReportFact(deputy.Id, ended.AddDays(1))], new DateOnly(2025, 1, 1))!;

        Assert.Equal((ComplianceStatus.Pending, ended), (onTheDay.Status, onTheDay.DueBy));
        Assert.Equal(ComplianceStatus.Breached, dayAfter.Status);
        Assert.Equal("资格终止（2024-05-20）前本届未向选民述职", dayAfter.Reason);
        Assert.Equal((ComplianceStatus.Breached, 0), (reportedAfter.Status, reportedAfter.Reports));
    }

    [Fact]
    public void YearlyPeriods_AreCutToTheTerm_AndADeputyTerminatedBeforeAYear_IsNotHeldToIt()
    {
        var periods = VoterReportCompliance.Periods(Term, VoterReportPeriod.Year);
        var deputy = Deputy("王芳", new DateOnly(2023, 12, 31));

        Assert.Equal(Enumerable.Range(2021, 6).Cast<int?>(), periods.Select(p => p.Year));
        Assert.Equal((new DateOnly(2021, 10, 1), new DateOnly(2021, 12, 31)), (periods[0].Start, periods[0].End));
        Assert.Equal("第十八届2024年", periods[3].Name);
        Assert.NotNull(VoterReportCompliance.OfDeputy(periods[2], deputy, [], DayAfter));
        Assert.Null(VoterReportCompliance.OfDeputy(periods[3], deputy, [], DayAfter));
        Assert.Equal(periods[4], VoterReportCompliance.PeriodOn(Term, VoterReportPeriod.Year, new DateOnly(2025, 6, 1)));
    }

    [Fact]
    public void InAYear_TheLastDayOfDecember_IsPending_AndTheFirstOfJanuary_Breached()
    {
        var year2025 = VoterReportCompliance.Periods(Term, VoterReportPeriod.Year).Single(p => p.Year == 2025);
        var deputy = Deputy("张伟");
        var lastYear = new VoterReportFact(deputy.Id, new DateOnly(2024, 11, 1));

        Assert.Equal(ComplianceStatus.Pending, VoterReportCompliance.OfDeputy(year2025, deputy, [lastYear], new DateOnly(2025, 12, 31))!.Status);
        var breached = VoterReportCompliance.OfDeputy(year2025, deputy, [lastYear], new DateOnly(2026, 1, 1))!;
        Assert.Equal(ComplianceStatus.Breached, breached.Status);
        Assert.Equal("2025年（2025-01-01至2025-12-31）未向选民述职", breached.Reason);
    }

    [Fact]
    public void Township_NamesTheDeputiesNotYetReviewed_BreachedFirst_AndCountsThem()
    {
        var reported = Deputy("陈刚");
        var pending = Deputy("张伟");
        var gone = Deputy("李娜", new DateOnly(2024, 5, 20));
        var today = new DateOnly(2026, 6, 15);

        var deputies = VoterReportCompliance.OfDeputies(WholeTerm, [reported, pending, gone], [new VoterReportFact(reported.Id, new DateOnly(2025, 4, 1))], today);
        var outcome = VoterReportCompliance.OfTownship(WholeTerm, deputies, today);

        Assert.Equal(ComplianceStatus.Breached, outcome.Status);
        Assert.Equal((3, 1, 3), (outcome.Required, outcome.Counted, outcome.Total));
        Assert.Equal([gone.Id, pending.Id], outcome.Offenders.Select(o => o.Id));
        Assert.Equal("第十八届（2021-10-01至2026-12-31）代表3名，已述职1名，尚未述职1名，未述职且期限已过1名。", outcome.Summary);
    }

    [Fact]
    public void Township_WithOnlyPendingDeputies_IsPending_AndWithAllReported_Met()
    {
        var a = Deputy("甲");
        var b = Deputy("乙");
        var today = new DateOnly(2026, 6, 15);
        var pendingList = VoterReportCompliance.OfDeputies(WholeTerm, [a, b], [new VoterReportFact(a.Id, new DateOnly(2025, 4, 1))], today);
        var metList = VoterReportCompliance.OfDeputies(
            WholeTerm, [a, b], [new VoterReportFact(a.Id, new DateOnly(2025, 4, 1)), new VoterReportFact(b.Id, new DateOnly(2026, 6, 15))], today);

        Assert.Equal(ComplianceStatus.Pending, VoterReportCompliance.OfTownship(WholeTerm, pendingList, today).Status);
        var met = VoterReportCompliance.OfTownship(WholeTerm, metList, today);
        Assert.Equal(ComplianceStatus.Met, met.Status);
        Assert.Empty(met.Offenders);
    }

    private static ReportingDeputyFact Deputy(string name, DateOnly? terminatedOn = null) => new(Guid.CreateVersion7(), name, terminatedOn);
}
