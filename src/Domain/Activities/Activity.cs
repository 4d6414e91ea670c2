using DeputyPortal.Domain.Common;
using DeputyPortal.Domain.Deputies;
using DeputyPortal.Domain.Groups;
using DeputyPortal.Domain.HandlingUnits;
using DeputyPortal.Domain.Terms;

namespace DeputyPortal.Domain.Activities;

/// <summary>
/// 监督活动 / 代表活动: a supervision or other deputy activity of a township, who took part, what it found, the
/// rectification items that followed and, for an evaluation or survey, how the deputies rated each unit.
/// </summary>
public sealed class Activity : Entity, ITownshipScoped
{
    public const int TitleMaxLength = 100;
    public const int PlaceMaxLength = 100;
    public const int FindingsMaxLength = 10_000;
    public const int MaxParticipants = 200;
    public const int MaxUnits = 50;
    public const int MaxRectificationItems = 100;

    private readonly List<ActivitySubjectUnit> _subjectUnits = [];
    private readonly List<ActivityParticipation> _participants = [];
    private readonly List<UnitTally> _tallies = [];
    private readonly List<RectificationItem> _rectificationItems = [];

    private Activity()
    {
    }

    public Guid TownshipId { get; private set; }

    public Guid TermId { get; private set; }

    public ActivityKind Kind { get; private set; }

    public string Title { get; private set; } = null!;

    public DateOnly StartsOn { get; private set; }

    public DateOnly EndsOn { get; private set; }

    public string? Place { get; private set; }

    public Guid? OrganizingGroupId { get; private set; }

    /// <summary>What the activity found (发现的问题、意见建议).</summary>
    public string? Findings { get; private set; }

    public IReadOnlyCollection<ActivitySubjectUnit> SubjectUnits => _subjectUnits;

    public IReadOnlyCollection<ActivityParticipation> Participants => _participants;

    public IReadOnlyCollection<UnitTally> Tallies => _tallies;

    public IReadOnlyCollection<RectificationItem> RectificationItems => [.. _rectificationItems.OrderBy(r => r.Position)];

    public int PresentCount => _participants.Count(p => p.Attendance == Attendance.Present);

    public static Activity Record(Term term, ActivityDraft draft, DateOnly today)
    {
        var activity = new Activity { TownshipId = term.TownshipId, TermId = term.Id };
        activity.Revise(term, draft, today);
        return activity;
    }

    /// <summary>Replaces what was recorded (all but the rectification items), so the activity is never seen half-changed.</summary>
    public void Revise(Term term, ActivityDraft draft, DateOnly today)
    {
        Rule.Require(term.Id == TermId, "ActivityBelongsToItsTerm", "活动只能记录在其所属的届内。", "termId");
        Rule.Require(draft.EndsOn >= draft.StartsOn, "ActivityEndsAfterItStarts", "结束日期不能早于开始日期。", "endsOn");
        Rule.Require(term.Period.Contains(draft.StartsOn) && term.Period.Contains(draft.EndsOn), "ActivityWithinTerm", "活动日期必须在本届任期内。", "startsOn");
        Rule.Require(draft.StartsOn <= today, "ActivityHasTakenPlace", "只能登记已经开始的活动。", "startsOn");
        Rule.Require(
            _rectificationItems.TrueForAll(r => r.DueOn >= draft.StartsOn),
            "RectificationDueAfterActivity",
            "已有整改事项的期限早于新的活动日期。",
            "startsOn");
        RequireOfTownshipAndTerm(draft);
        RequireValidParticipants(draft.Participants);
        RequireValidTallies(draft);

        Kind = draft.Kind;
        Title = draft.Title;
        StartsOn = draft.StartsOn;
        EndsOn = draft.EndsOn;
        Place = draft.Place;
        Findings = draft.Findings;
        OrganizingGroupId = draft.OrganizingGroup?.Id;
        _subjectUnits.Clear();
        _subjectUnits.AddRange(draft.SubjectUnits.Select(u => new ActivitySubjectUnit(Id, u.Id)));
        _participants.Clear();
        _participants.AddRange(draft.Participants.Select(p =>
            new ActivityParticipation(Id, p.Deputy.Id, p.Attendance, p.Attendance == Attendance.OnLeave ? p.LeaveReason?.Trim() : null)));
        _tallies.Clear();
        _tallies.AddRange(draft.Tallies.Select(t =>
            new UnitTally(Id, t.HandlingUnitId, t.Satisfied, t.BasicallySatisfied, t.Dissatisfied)));
    }

    /// <summary>Whether any member of the group was present; a group's activity that none of its members attended does not make the group active (R4).</summary>
    public bool AttendedByAnyOf(IReadOnlyCollection<Guid> deputyIds) =>
        _participants.Exists(p => p.Attendance == Attendance.Present && deputyIds.Contains(p.DeputyId));

    public RectificationItem AddRectificationItem(RectificationDraft draft, HandlingUnit responsibleUnit, DateOnly today)
    {
        Rule.Require(_rectificationItems.Count < MaxRectificationItems, "RectificationItemsWithinLimit", $"一项活动最多{MaxRectificationItems}个整改事项。", "description");
        Rule.Require(responsibleUnit.TownshipId == TownshipId && responsibleUnit.Id == draft.ResponsibleUnitId, "ResponsibleUnitOfTownship", "责任单位必须是本乡镇的承办单位。", "responsibleUnitId");
        var item = new RectificationItem(Id, _rectificationItems.Count == 0 ? 1 : _rectificationItems.Max(r => r.Position) + 1);
        item.Set(draft, StartsOn, today);
        _rectificationItems.Add(item);
        return item;
    }

    public RectificationItem ChangeRectificationItem(Guid itemId, RectificationDraft draft, HandlingUnit responsibleUnit, DateOnly today)
    {
        var item = _rectificationItems.Find(r => r.Id == itemId);
        Rule.Require(item is not null, "RectificationItemOfActivity", "该活动没有这个整改事项。", "itemId");
        Rule.Require(responsibleUnit.TownshipId == TownshipId && responsibleUnit.Id == draft.ResponsibleUnitId, "ResponsibleUnitOfTownship", "责任单位必须是本乡镇的承办单位。", "responsibleUnitId");
        item!.Set(draft, StartsOn, today);
        return item;
    }

    private void RequireOfTownshipAndTerm(ActivityDraft draft)
    {
        Rule.Require(
            draft.OrganizingGroup is null || (draft.OrganizingGroup.TownshipId == TownshipId && draft.OrganizingGroup.TermId == TermId),
            "OrganizingGroupOfTerm",
            "组织活动的代表小组必须是本乡镇本届的小组。",
            "organizingGroupId");
        Rule.Require(draft.SubjectUnits.Count <= MaxUnits, "SubjectUnitsWithinLimit", $"活动对象单位最多{MaxUnits}个。", "subjectUnitIds");
        Rule.Require(draft.SubjectUnits.All(u => u.TownshipId == TownshipId), "SubjectUnitOfTownship", "活动对象单位必须是本乡镇的承办单位。", "subjectUnitIds");
        Rule.Require(draft.SubjectUnits.Select(u => u.Id).Distinct().Count() == draft.SubjectUnits.Count, "SubjectUnitsAreDistinct", "活动对象单位不能重复。", "subjectUnitIds");
    }

    private void RequireValidParticipants(IReadOnlyCollection<ParticipantDraft> participants)
    {
        Rule.Require(participants.Count <= MaxParticipants, "ParticipantsWithinLimit", $"参加人员最多{MaxParticipants}人。", "participants");
        Rule.Require(
            participants.All(p => p.Deputy.TownshipId == TownshipId && p.Deputy.TermId == TermId),
            "ParticipantIsDeputyOfTerm",
            "参加人员必须是本乡镇本届的代表。",
            "participants");
        Rule.Require(participants.Select(p => p.Deputy.Id).Distinct().Count() == participants.Count, "ParticipantsAreDistinct", "参加人员不能重复。", "participants");
        Rule.Require(
            participants.All(p => p.Attendance != Attendance.OnLeave || !string.IsNullOrWhiteSpace(p.LeaveReason)),
            "LeaveHasReason",
            "请假须填写原因。",
            "participants");
        Rule.Require(
            participants.All(p => (p.LeaveReason?.Trim().Length ?? 0) <= ActivityParticipation.ReasonMaxLength),
            "TextWithinLimit",
            $"请假原因不能超过{ActivityParticipation.ReasonMaxLength}个字符。",
            "participants");
    }

    private static void RequireValidTallies(ActivityDraft draft)
    {
        if (draft.Tallies.Count == 0)
        {
            return;
        }

        Rule.Require(draft.Kind.RatesUnits(), "TallyOnlyForEvaluations", "只有工作评议和满意度测评才记录测评票数。", "tallies");
        Rule.Require(
            draft.Tallies.All(t => draft.SubjectUnits.Any(u => u.Id == t.HandlingUnitId)),
            "TalliedUnitIsSubject",
            "测评的单位必须是本次活动的对象单位。",
            "tallies");
        Rule.Require(draft.Tallies.Select(t => t.HandlingUnitId).Distinct().Count() == draft.Tallies.Count, "TalliedUnitsAreDistinct", "每个单位只能有一组测评票数。", "tallies");
        Rule.Require(
            draft.Tallies.All(t => t.Satisfied >= 0 && t.BasicallySatisfied >= 0 && t.Dissatisfied >= 0),
            "TallyNotNegative",
            "测评票数不能为负数。",
            "tallies");
        var present = draft.Participants.Count(p => p.Attendance == Attendance.Present);
        Rule.Require(
            draft.Tallies.All(t => t.Satisfied + t.BasicallySatisfied + t.Dissatisfied <= present),
            "TallyWithinPresent",
            $"每个单位的测评票数合计不能超过出席人数（{present}人）。",
            "tallies");
    }
}

/// <summary>What a secretary records for an activity.</summary>
public sealed record ActivityDraft(
    ActivityKind Kind,
    string Title,
    DateOnly StartsOn,
    DateOnly EndsOn,
    string? Place,
    string? Findings,
    RepresentativeGroup? OrganizingGroup,
    IReadOnlyCollection<HandlingUnit> SubjectUnits,
    IReadOnlyCollection<ParticipantDraft> Participants,
    IReadOnlyCollection<TallyDraft> Tallies);

public sealed record ParticipantDraft(Deputy Deputy, Attendance Attendance, string? LeaveReason = null);

public sealed record TallyDraft(Guid HandlingUnitId, int Satisfied, int BasicallySatisfied, int Dissatisfied);
