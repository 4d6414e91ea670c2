using DeputyPortal.Domain.Activities;
using DeputyPortal.Domain.Common;
using DeputyPortal.Domain.Deputies;
using DeputyPortal.Domain.Terms;

namespace DeputyPortal.Domain.Sessions;

/// <summary>人民代表大会会议: the N-th meeting (第N次会议) of a term's congress.</summary>
public sealed class CongressSession : Entity, ITownshipScoped
{
    public const int MaxAttendance = 500;

    private readonly List<SessionAttendance> _attendance = [];

    private CongressSession()
    {
    }

    /// <summary>Who attended the session (出席 / 缺席 / 请假), as the township's secretary recorded it.</summary>
    public IReadOnlyCollection<SessionAttendance> Attendance => _attendance;

    public Guid TownshipId { get; private set; }

    public Guid TermId { get; private set; }

    public int Number { get; private set; }

    public DateOnly? OpenedOn { get; private set; }

    public DateOnly? ClosedOn { get; private set; }

    public string Name => $"第{ChineseNumerals.Of(Number)}次会议";

    /// <summary>R2: the day by which the proposals raised at this session should be assigned; null until it has closed.</summary>
    public DateOnly? ProposalsAssignedBy(int sessionAssignmentMonths) => ClosedOn?.AddMonths(sessionAssignmentMonths);

    public static CongressSession Plan(Term term, int number)
    {
        Rule.Require(number >= 1, "SessionNumberIsPositive", "会议次数从1开始。", "number");
        return new CongressSession { TownshipId = term.TownshipId, TermId = term.Id, Number = number };
    }

    /// <summary>Records when the session opened and (once it has) closed; both dates lie within the term.</summary>
    public void RecordDates(Term term, DateOnly? openedOn, DateOnly? closedOn)
    {
        Rule.Require(term.Id == TermId, "SessionBelongsToItsTerm", "会议只能记录在其所属的届内。", "termId");
        Rule.Require(closedOn is null || openedOn is not null, "SessionOpensBeforeItCloses", "未记录开幕日期的会议不能记录闭幕日期。", "closedOn");
        Rule.Require(closedOn is null || closedOn >= openedOn, "SessionOpensBeforeItCloses", "闭幕日期不能早于开幕日期。", "closedOn");
        Rule.Require(openedOn is null || term.Period.Contains(openedOn.Value), "SessionWithinTerm", "开幕日期必须在本届任期内。", "openedOn");
        Rule.Require(closedOn is null || term.Period.Contains(closedOn.Value), "SessionWithinTerm", "闭幕日期必须在本届任期内。", "closedOn");
        (OpenedOn, ClosedOn) = (openedOn, closedOn);
    }

    /// <summary>
    /// Replaces the session's attendance: each deputy of the term at most once, leave with a reason, and only once the
    /// session has opened.
    /// </summary>
    public void RecordAttendance(IReadOnlyCollection<ParticipantDraft> entries)
    {
        Rule.Require(OpenedOn is not null, "SessionAttendanceAfterOpening", "会议开幕后才能登记出席情况。", "attendance");
        Rule.Require(entries.Count <= MaxAttendance, "AttendanceWithinLimit", $"出席登记最多{MaxAttendance}人。", "attendance");
        Rule.Require(entries.All(e => e.Deputy.TermId == TermId && e.Deputy.TownshipId == TownshipId), "AttendeeIsDeputyOfTerm", "出席人员必须是本届的代表。", "attendance");
        Rule.Require(entries.Select(e => e.Deputy.Id).Distinct().Count() == entries.Count, "AttendeesAreDistinct", "出席人员不能重复。", "attendance");
        Rule.Require(
            entries.All(e => e.Attendance != Activities.Attendance.OnLeave || !string.IsNullOrWhiteSpace(e.LeaveReason)),
            "LeaveHasReason",
            "请假须填写原因。",
            "attendance");
        Rule.Require(
            entries.All(e => (e.LeaveReason?.Trim().Length ?? 0) <= SessionAttendance.ReasonMaxLength),
            "LeaveReasonWithinLimit",
            $"请假原因最多{SessionAttendance.ReasonMaxLength}个字。",
            "attendance");
        _attendance.Clear();
        _attendance.AddRange(entries.Select(e => new SessionAttendance(
            Id, e.Deputy.Id, e.Attendance, e.Attendance == Activities.Attendance.OnLeave ? e.LeaveReason?.Trim() : null)));
    }
}

/// <summary>One deputy's attendance at a congress session.</summary>
public sealed class SessionAttendance(Guid sessionId, Guid deputyId, Attendance attendance, string? leaveReason)
{
    public const int ReasonMaxLength = 200;

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid SessionId { get; private set; } = sessionId;

    public Guid DeputyId { get; private set; } = deputyId;

    public Attendance Attendance { get; private set; } = attendance;

    public string? LeaveReason { get; private set; } = leaveReason;
}
