using DeputyPortal.Api.Portal;
using DeputyPortal.Application.Activities;
using DeputyPortal.Domain.Activities;
using Microsoft.AspNetCore.Mvc;

namespace DeputyPortal.Api.Pages.Activities;

/// <summary>One deputy's line: not listed (no attendance chosen), or 出席 / 缺席 / 请假 with the reason.</summary>
public sealed class ParticipantRow
{
    public Guid DeputyId { get; set; }

    public Attendance? Attendance { get; set; }

    public string? LeaveReason { get; set; }
}

/// <summary>One evaluated unit's votes; a line left empty is no tally.</summary>
public sealed class TallyRow
{
    public Guid HandlingUnitId { get; set; }

    public int? Satisfied { get; set; }

    public int? BasicallySatisfied { get; set; }

    public int? Dissatisfied { get; set; }

    public bool IsBlank => Satisfied is null && BasicallySatisfied is null && Dissatisfied is null;
}

/// <summary>
/// The fields recording and revising an activity share, under the same names in both forms: the deputies of the term
/// each on a line (those given an attendance take part), the subject units ticked, and their votes for the kinds that
/// rate units. Rectification items are changed one by one on their own page.
/// </summary>
public abstract class ActivityFormPageModel : PortalPageModel
{
    [BindProperty]
    public ActivityKind? Kind { get; set; }

    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public DateOnly StartsOn { get; set; }

    [BindProperty]
    public DateOnly? EndsOn { get; set; }

    [BindProperty]
    public string? Place { get; set; }

    [BindProperty]
    public string? Findings { get; set; }

    [BindProperty]
    public Guid? OrganizingGroupId { get; set; }

    [BindProperty]
    public List<Guid> SubjectUnitIds { get; set; } = [];

    [BindProperty]
    public List<ParticipantRow> Participants { get; set; } = [];

    [BindProperty]
    public List<TallyRow> Tallies { get; set; } = [];

    public ActivityChoices? Choices { get; protected set; }

    protected IReadOnlyList<ParticipantInput> ParticipantInputs =>
        Participants.Where(p => p.Attendance is not null)
            .Select(p => new ParticipantInput(p.DeputyId, p.Attendance, string.IsNullOrWhiteSpace(p.LeaveReason) ? null : p.LeaveReason.Trim()))
            .ToList();

    protected IReadOnlyList<TallyInput> TallyInputs =>
        Tallies.Where(t => !t.IsBlank)
            .Select(t => new TallyInput(t.HandlingUnitId, t.Satisfied ?? 0, t.BasicallySatisfied ?? 0, t.Dissatisfied ?? 0))
            .ToList();

    protected void Fill(ActivityDto activity)
    {
        (Kind, Title, StartsOn, EndsOn, Place, Findings, OrganizingGroupId) =
            (activity.Kind, activity.Title, activity.StartsOn, activity.EndsOn, activity.Place, activity.Findings, activity.OrganizingGroupId);
        SubjectUnitIds = activity.SubjectUnits.Select(u => u.Id).ToList();
        Participants = activity.Participants
            .Select(p => new ParticipantRow { DeputyId = p.DeputyId, Attendance = p.Attendance, LeaveReason = p.LeaveReason })
            .ToList();
        Tallies = activity.Tallies
            .Select(t => new TallyRow { HandlingUnitId = t.HandlingUnitId, Satisfied = t.Satisfied, BasicallySatisfied = t.BasicallySatisfied, Dissatisfied = t.Dissatisfied })
            .ToList();
    }

    public ParticipantRow RowOf(Guid deputyId) => Participants.Find(p => p.DeputyId == deputyId) ?? new ParticipantRow { DeputyId = deputyId };

    public TallyRow TallyOf(Guid unitId) => Tallies.Find(t => t.HandlingUnitId == unitId) ?? new TallyRow { HandlingUnitId = unitId };

    /// <summary>
    /// The application names the n-th participant or tally sent, which is not the n-th line of the form (lines left
    /// empty are not sent), so those messages stand under their whole section.
    /// </summary>
    public override string FieldFor(string propertyPath) =>
        propertyPath.StartsWith("participants", StringComparison.OrdinalIgnoreCase) ? nameof(Participants)
        : propertyPath.StartsWith("tallies", StringComparison.OrdinalIgnoreCase) ? nameof(Tallies)
        : base.FieldFor(propertyPath);
}
