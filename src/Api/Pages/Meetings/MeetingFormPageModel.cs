using DeputyPortal.Api.Portal;
using DeputyPortal.Application.Meetings;
using DeputyPortal.Domain.Activities;
using DeputyPortal.Domain.Common;
using DeputyPortal.Domain.Meetings;
using Microsoft.AspNetCore.Mvc;

namespace DeputyPortal.Api.Pages.Meetings;

/// <summary>One serving member's line of the attendance: ticked present, else on leave when a reason is given, else absent.</summary>
public sealed class AttendanceRow
{
    public Guid PresidiumMemberId { get; set; }

    public bool Present { get; set; }

    public string? LeaveReason { get; set; }

    public MeetingAttendanceInput ToInput() => new(
        PresidiumMemberId,
        Present ? Attendance.Present : string.IsNullOrWhiteSpace(LeaveReason) ? Attendance.Absent : Attendance.OnLeave,
        Present || string.IsNullOrWhiteSpace(LeaveReason) ? null : LeaveReason.Trim());
}

/// <summary>A decision line of the form; a line left without text is not a decision.</summary>
public sealed class DecisionRow
{
    public string? Text { get; set; }

    public int? VotesFor { get; set; }

    public int? VotesAgainst { get; set; }

    public int? Abstentions { get; set; }

    public DateOnly? FollowUpDueOn { get; set; }

    public Guid? FollowUpUnitId { get; set; }

    public DateOnly? FollowUpCompletedOn { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Text);

    public MeetingDecisionInput ToInput() => new(
        Text!.Trim(), VotesFor ?? 0, VotesAgainst ?? 0, Abstentions ?? 0, FollowUpDueOn, FollowUpUnitId, FollowUpCompletedOn);
}

/// <summary>
/// The fields recording and revising a presidium meeting share, bound under the same names in both forms. The time is
/// typed as Beijing time; the agenda one item a line; the attendance one line per member serving that day; blank
/// decision lines are left out, and a message about the application's n-th decision stands beside the line it came from.
/// </summary>
public abstract class MeetingFormPageModel : PortalPageModel
{
    /// <summary>Blank decision lines offered below those already recorded.</summary>
    public const int BlankDecisionLines = 3;

    [BindProperty]
    public PresidiumMeetingKind? Kind { get; set; } = PresidiumMeetingKind.Regular;

    /// <summary>The time it was held, Beijing time, as a datetime-local input sends it.</summary>
    [BindProperty]
    public DateTime? HeldAt { get; set; }

    [BindProperty]
    public string? Place { get; set; }

    /// <summary>The agenda, one item a line.</summary>
    [BindProperty]
    public string? Agenda { get; set; }

    [BindProperty]
    public List<AttendanceRow> Attendance { get; set; } = [];

    [BindProperty]
    public List<Guid> InvitedDeputyIds { get; set; } = [];

    [BindProperty]
    public string? Minutes { get; set; }

    [BindProperty]
    public List<DecisionRow> Decisions { get; set; } = [];

    public MeetingChoices? Choices { get; protected set; }

    /// <summary>The date the members serving are listed for: the date typed, else today.</summary>
    protected DateOnly HeldOnOr(DateOnly today) => HeldAt is { } at ? DateOnly.FromDateTime(at) : today;

    protected DateTimeOffset HeldAtInstant =>
        HeldAt is { } at ? new DateTimeOffset(DateTime.SpecifyKind(at, DateTimeKind.Unspecified), ChinaDates.Zone.GetUtcOffset(at)) : default;

    protected IReadOnlyList<string> AgendaItems =>
        (Agenda ?? string.Empty).Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    protected IReadOnlyList<MeetingAttendanceInput> AttendanceInputs => Attendance.Select(a => a.ToInput()).ToList();

    protected IReadOnlyList<MeetingDecisionInput> DecisionInputs => Decisions.Where(d => !d.IsBlank).Select(d => d.ToInput()).ToList();

    /// <summary>Fills the form from a recorded meeting.</summary>
    protected void Fill(PresidiumMeetingDto meeting)
    {
        Kind = meeting.Kind;
        HeldAt = TimeZoneInfo.ConvertTime(meeting.HeldAt, ChinaDates.Zone).DateTime;
        Place = meeting.Place;
        Agenda = string.Join('\n', meeting.Agenda);
        Attendance = meeting.Attendance
            .Select(a => new AttendanceRow { PresidiumMemberId = a.PresidiumMemberId, Present = a.Attendance == Domain.Activities.Attendance.Present, LeaveReason = a.LeaveReason })
            .ToList();
        InvitedDeputyIds = meeting.InvitedDeputies.Select(d => d.DeputyId).ToList();
        Minutes = meeting.Minutes;
        Decisions = meeting.Decisions
            .Select(d => new DecisionRow
            {
                Text = d.Text, VotesFor = d.VotesFor, VotesAgainst = d.VotesAgainst, Abstentions = d.Abstentions,
                FollowUpDueOn = d.FollowUpDueOn, FollowUpUnitId = d.FollowUpUnitId, FollowUpCompletedOn = d.FollowUpCompletedOn,
            })
            .ToList();
    }

    /// <summary>The line of each serving member, keeping what was ticked for those already in the form.</summary>
    public AttendanceRow RowOf(Guid presidiumMemberId) =>
        Attendance.Find(a => a.PresidiumMemberId == presidiumMemberId) ?? new AttendanceRow { PresidiumMemberId = presidiumMemberId };

    /// <summary>The decision lines to show: those filled in, then blank ones to add more.</summary>
    public IReadOnlyList<DecisionRow> DecisionLines =>
        Decisions.Where(d => !d.IsBlank).Concat(Enumerable.Range(0, BlankDecisionLines).Select(_ => new DecisionRow())).ToList();

    public int PresentCount => Attendance.Count(a => a.Present);

    /// <summary>
    /// The application names the n-th decision sent, which is the n-th line shown (<see cref="DecisionLines"/> puts the
    /// lines with text first); the agenda is one text box, so its items' messages stand beside it.
    /// </summary>
    public override string FieldFor(string propertyPath) =>
        propertyPath.StartsWith("agenda", StringComparison.OrdinalIgnoreCase) ? "Agenda" : base.FieldFor(propertyPath);
}
