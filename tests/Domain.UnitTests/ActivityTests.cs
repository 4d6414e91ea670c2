using DeputyPortal.Domain.Activities;
using DeputyPortal.Domain.Deputies;
using DeputyPortal.Domain.Groups;
using DeputyPortal.Domain.HandlingUnits;
using DeputyPortal.Domain.Terms;

namespace DeputyPortal.Domain.UnitTests;

/// <summary>监督活动 / 代表活动: who took part, the tallies of an evaluation and the rectification items that follow.</summary>
public sealed class ActivityTests
{
    private static readonly DateOnly Today = Fixtures.Date("2026-06-15");
    private static readonly DateOnly Day = Fixtures.Date("2026-05-20");

    private readonly Term _term = Fixtures.Term();
    private readonly HandlingUnit _unit = Fixtures.Unit();
    private readonly Deputy _zhang;
    private readonly Deputy _li;
    private readonly Deputy _wang;

    public ActivityTests()
    {
        var district = Fixtures.District(_term);
        _zhang = Deputy.Elect(district, Fixtures.Profile("张伟"));
        _li = Deputy.Elect(district, Fixtures.Profile("李娜"));
        _wang = Deputy.Elect(district, Fixtures.Profile("王芳"));
    }

    [Fact]
    public void Record_KeepsWhatWasEnteredAndCountsThosePresent()
    {
        var activity = Activity.Record(_term, Draft(participants:
        [
            new ParticipantDraft(_zhang, Attendance.Present),
            new ParticipantDraft(_li, Attendance.Absent, "不该保存"),
            new ParticipantDraft(_wang, Attendance.OnLeave, "  外出务工 "),
        ]), Today);

        Assert.Equal((_term.TownshipId, _term.Id, ActivityKind.Inspection, Day, Day), (activity.TownshipId, activity.TermId, activity.Kind, activity.StartsOn, activity.EndsOn));
        Assert.Equal(1, activity.PresentCount);
        Assert.Null(activity.Participants.Single(p => p.DeputyId == _li.Id).LeaveReason);
        Assert.Equal("外出务工", activity.Participants.Single(p => p.DeputyId == _wang.Id).LeaveReason);
        Assert.Equal([_unit.Id], activity.SubjectUnits.Select(u => u.HandlingUnitId));
    }

    [Fact]
    public void Record_WithDeputyOfAnotherTerm_IsRefused()
    {
        var otherTerm = Fixtures.Term(number: 17);
        var stranger = Fixtures.Deputy(otherTerm, "赵六");

        RuleAssert.Breaks("ParticipantIsDeputyOfTerm", () => Activity.Record(_term, Draft(participants: [new ParticipantDraft(stranger, Attendance.Present)]), Today));
    }

    [Fact]
    public void Record_WithDeputyOfAnotherTownship_IsRefused()
    {
        var stranger = Fixtures.Deputy(Fixtures.Term(Fixtures.TownshipB), "赵六");

        RuleAssert.Breaks("ParticipantIsDeputyOfTerm", () => Activity.Record(_term, Draft(participants: [new ParticipantDraft(stranger, Attendance.Present)]), Today));
    }

    [Fact]
    public void Record_LeaveWithoutReason_IsRefused() =>
        RuleAssert.Breaks("LeaveHasReason", () => Activity.Record(_term, Draft(participants: [new ParticipantDraft(_zhang, Attendance.OnLeave, " ")]), Today));

    [Fact]
    public void Record_SameDeputyTwice_IsRefused() =>
        RuleAssert.Breaks("ParticipantsAreDistinct", () => Activity.Record(
            _term, Draft(participants: [new ParticipantDraft(_zhang, Attendance.Present), new ParticipantDraft(_zhang, Attendance.Absent)]), Today));

    [Fact]
    public void Record_NotYetStarted_IsRefused() =>
        RuleAssert.Breaks("ActivityHasTakenPlace", () => Activity.Record(_term, Draft(startsOn: Today.AddDays(1)), Today));

    [Fact]
    public void Record_EndingBeforeItStarts_IsRefused() =>
        RuleAssert.Breaks("ActivityEndsAfterItStarts", () => Activity.Record(_term, Draft(endsOn: Day.AddDays(-1)), Today));

    [Fact]
    public void Record_OutsideTheTerm_IsRefused() =>
        RuleAssert.Breaks("ActivityWithinTerm", () => Activity.Record(_term, Draft(startsOn: Fixtures.Date("2021-01-05")), Today));

    [Fact]
    public void Record_GroupOfAnotherTerm_IsRefused()
    {
        var otherTerm = Fixtures.Term(number: 17);
        var member = Fixtures.Deputy(otherTerm, "赵六");
        var group = RepresentativeGroup.Form(otherTerm, "第一小组", [member], member, null);

        RuleAssert.Breaks("OrganizingGroupOfTerm", () => Activity.Record(_term, Draft(group: group), Today));
    }

    [Fact]
    public void Record_UnitOfAnotherTownship_IsRefused() =>
        RuleAssert.Breaks("SubjectUnitOfTownship", () => Activity.Record(_term, Draft(units: [Fixtures.Unit("外镇单位", Fixtures.TownshipB)]), Today));

    [Fact]
    public void Evaluation_TallyWithinThosePresent_IsKept()
    {
        var activity = Activity.Record(_term, Draft(ActivityKind.WorkEvaluation, participants: TwoPresent(), tallies: [new TallyDraft(_unit.Id, 1, 1, 0)]), Today);

        var tally = Assert.Single(activity.Tallies);
        Assert.Equal((1, 1, 0, 2), (tally.Satisfied, tally.BasicallySatisfied, tally.Dissatisfied, tally.Total));
    }

    [Fact]
    public void Evaluation_TallyAboveThosePresent_IsRefused() =>
        RuleAssert.Breaks("TallyWithinPresent", () => Activity.Record(
            _term, Draft(ActivityKind.SatisfactionSurvey, participants: TwoPresent(), tallies: [new TallyDraft(_unit.Id, 2, 1, 0)]), Today));

    [Fact]
    public void Tally_OnAnInspection_IsRefused() =>
        RuleAssert.Breaks("TallyOnlyForEvaluations", () => Activity.Record(
            _term, Draft(ActivityKind.Inspection, participants: TwoPresent(), tallies: [new TallyDraft(_unit.Id, 1, 0, 0)]), Today));

    [Fact]
    public void Tally_OnAUnitNotEvaluated_IsRefused() =>
        RuleAssert.Breaks("TalliedUnitIsSubject", () => Activity.Record(
            _term, Draft(ActivityKind.WorkEvaluation, participants: TwoPresent(), tallies: [new TallyDraft(Guid.CreateVersion7(), 1, 0, 0)]), Today));

    [Fact]
    public void Revise_ReplacesAllButTheRectificationItems()
    {
        var activity = Activity.Record(_term, Draft(participants: TwoPresent()), Today);
        activity.AddRectificationItem(new RectificationDraft("修缮水渠", _unit.Id, Day.AddDays(30)), _unit, Today);

        activity.Revise(_term, Draft(ActivityKind.Research, title: "专题调研", participants: [new ParticipantDraft(_wang, Attendance.Present)]), Today);

        Assert.Equal((ActivityKind.Research, "专题调研"), (activity.Kind, activity.Title));
        Assert.Equal([_wang.Id], activity.Participants.Select(p => p.DeputyId));
        Assert.Single(activity.RectificationItems);
    }

    [Fact]
    public void Revise_MovingTheStartAfterAnItemsDueDate_IsRefused()
    {
        var activity = Activity.Record(_term, Draft(), Today);
        activity.AddRectificationItem(new RectificationDraft("修缮水渠", _unit.Id, Day.AddDays(5)), _unit, Today);

        RuleAssert.Breaks("RectificationDueAfterActivity", () => activity.Revise(_term, Draft(startsOn: Day.AddDays(6), endsOn: Day.AddDays(6)), Today));
    }

    [Fact]
    public void Rectification_PastItsDueDate_IsOverdueUntilCompleted()
    {
        var activity = Activity.Record(_term, Draft(), Today);
        var item = activity.AddRectificationItem(new RectificationDraft("修缮水渠", _unit.Id, Fixtures.Date("2026-06-01")), _unit, Today);

        Assert.Equal((1, RectificationStatus.Open, true), (item.Position, item.Status, item.IsOverdue(Today)));
        Assert.False(item.IsOverdue(Fixtures.Date("2026-06-01")));

        activity.ChangeRectificationItem(
            item.Id, new RectificationDraft("修缮水渠", _unit.Id, item.DueOn, RectificationStatus.Completed, Today, "已完成修缮并验收"), _unit, Today);

        Assert.Equal((RectificationStatus.Completed, Today, "已完成修缮并验收"), (item.Status, item.CompletedOn, item.Evidence));
        Assert.False(item.IsOverdue(Today));
    }

    [Theory]
    [InlineData(true, null)]
    [InlineData(false, "已完成")]
    public void Rectification_CompletedWithoutDateOrEvidence_IsRefused(bool withDate, string? evidence)
    {
        var activity = Activity.Record(_term, Draft(), Today);

        RuleAssert.Breaks("CompletedRectificationHasDateAndEvidence", () => activity.AddRectificationItem(
            new RectificationDraft("修缮水渠", _unit.Id, Day.AddDays(10), RectificationStatus.Completed, withDate ? Today : null, evidence), _unit, Today));
    }

    [Fact]
    public void Rectification_DueBeforeTheActivity_IsRefused() =>
        RuleAssert.Breaks("RectificationDueAfterActivity", () => Activity.Record(_term, Draft(), Today)
            .AddRectificationItem(new RectificationDraft("修缮水渠", _unit.Id, Day.AddDays(-1)), _unit, Today));

    [Fact]
    public void Rectification_CompletedInTheFuture_IsRefused() =>
        RuleAssert.Breaks("RectificationCompletedInPast", () => Activity.Record(_term, Draft(), Today)
            .AddRectificationItem(new RectificationDraft("修缮水渠", _unit.Id, Day.AddDays(10), RectificationStatus.Completed, Today.AddDays(1), "已完成"), _unit, Today));

    [Fact]
    public void Rectification_ByUnitOfAnotherTownship_IsRefused()
    {
        var stranger = Fixtures.Unit("外镇单位", Fixtures.TownshipB);

        RuleAssert.Breaks("ResponsibleUnitOfTownship", () => Activity.Record(_term, Draft(), Today)
            .AddRectificationItem(new RectificationDraft("修缮水渠", stranger.Id, Day.AddDays(10)), stranger, Today));
    }

    [Fact]
    public void AttendedByAnyOf_CountsOnlyThosePresent()
    {
        var activity = Activity.Record(_term, Draft(participants:
            [new ParticipantDraft(_zhang, Attendance.Absent), new ParticipantDraft(_li, Attendance.OnLeave, "生病")]), Today);

        Assert.False(activity.AttendedByAnyOf([_zhang.Id, _li.Id]));
        Assert.True(Activity.Record(_term, Draft(participants: TwoPresent()), Today).AttendedByAnyOf([_li.Id]));
    }

    [Fact]
    public void Kinds_SplitIntoSupervisionAndOthers()
    {
        Assert.Equal(
            [ActivityKind.Inspection, ActivityKind.LawEnforcementCheck, ActivityKind.Research, ActivityKind.WorkEvaluation, ActivityKind.SpecialReportReview, ActivityKind.SatisfactionSurvey],
            Enum.GetValues<ActivityKind>().Where(k => k.IsSupervision()));
        Assert.Equal([ActivityKind.WorkEvaluation, ActivityKind.SatisfactionSurvey], Enum.GetValues<ActivityKind>().Where(k => k.RatesUnits()));
    }

    private List<ParticipantDraft> TwoPresent() => [new ParticipantDraft(_zhang, Attendance.Present), new ParticipantDraft(_li, Attendance.Present)];

    private ActivityDraft Draft(
        ActivityKind kind = ActivityKind.Inspection,
        string title = "视察农村饮水工程",
        DateOnly? startsOn = null,
        DateOnly? endsOn = null,
        RepresentativeGroup? group = null,
        IReadOnlyCollection<HandlingUnit>? units = null,
        IReadOnlyCollection<ParticipantDraft>? participants = null,
        IReadOnlyCollection<TallyDraft>? tallies = null) => new(
            kind,
            title,
            startsOn ?? Day,
            endsOn ?? startsOn ?? Day,
            "茶亭村",
            "部分水管老化",
            group,
            units ?? [_unit],
            participants ?? [new ParticipantDraft(_zhang, Attendance.Present)],
            tallies ?? []);
}
