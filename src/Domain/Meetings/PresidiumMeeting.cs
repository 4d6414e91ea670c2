using DeputyPortal.Domain.Activities;
using DeputyPortal.Domain.Common;
using DeputyPortal.Domain.Compliance;
using DeputyPortal.Domain.Deputies;
using DeputyPortal.Domain.HandlingUnits;
using DeputyPortal.Domain.Presidium;
using DeputyPortal.Domain.Terms;

namespace DeputyPortal.Domain.Meetings;

/// <summary>
/// 主席团会议: a meeting of the township presidium, its agenda, who of the members attended (and so whether it had a
/// quorum), the deputies invited to sit in, the minutes and the decisions voted on.
/// </summary>
public sealed class PresidiumMeeting : Entity, ITownshipScoped
{
    public const int PlaceMaxLength = 100;
    public const int MinutesMaxLength = 20_000;
    public const int MaxAgendaItems = 30;
    public const int MaxDecisions = 30;
    public const int MaxInvited = 200;

    private readonly List<AgendaItem> _agenda = [];
    private readonly List<MeetingAttendance> _attendance = [];
    private readonly List<InvitedDeputy> _invitedDeputies = [];
    private readonly List<MeetingDecision> _decisions = [];

    private PresidiumMeeting()
    {
    }

    public Guid TownshipId { get; private set; }

    public Guid TermId { get; private set; }

    public PresidiumMeetingKind Kind { get; private set; }

    /// <summary>When the meeting began; its quarter is that of <see cref="HeldOn"/>, the date in Asia/Shanghai.</summary>
    public DateTimeOffset HeldAt { get; private set; }

    public DateOnly HeldOn { get; private set; }

    public string? Place { get; private set; }

    public string? Minutes { get; private set; }

    /// <summary>The presidium members serving on the day: the base of the quorum and of a decision's majority.</summary>
    public int MemberCount { get; private set; }

    public int PresentCount { get; private set; }

    public int QuorumRequired { get; private set; }

    public bool HasQuorum { get; private set; }

    /// <summary>The fewest votes for that passed a decision: more than half of all members, by the rule in force when recorded.</summary>
    public int MajorityRequired { get; private set; }

    public IReadOnlyCollection<AgendaItem> Agenda => [.. _agenda.OrderBy(a => a.Position)];

    public IReadOnlyCollection<MeetingAttendance> Attendance => _attendance;

    public IReadOnlyCollection<InvitedDeputy> InvitedDeputies => _invitedDeputies;

    public IReadOnlyCollection<MeetingDecision> Decisions => [.. _decisions.OrderBy(d => d.Position)];

    /// <summary>A regular meeting with a quorum: what R3 asks for each quarter.</summary>
    public bool CountsForRegularMeetingRule => Kind == PresidiumMeetingKind.Regular && HasQuorum;

    public static PresidiumMeeting Record(Term term, MeetingDraft draft, ComplianceRules rules, DateTimeOffset now)
    {
        var meeting = new PresidiumMeeting { TownshipId = term.TownshipId, TermId = term.Id };
        meeting.Revise(term, draft, rules, now);
        return meeting;
    }

    /// <summary>Replaces the whole record; quorum and each decision's outcome are decided again from it.</summary>
    public void Revise(Term term, MeetingDraft draft, ComplianceRules rules, DateTimeOffset now)
    {
        Rule.Require(term.Id == TermId, "MeetingBelongsToItsTerm", "会议只能记录在其所属的届内。", "termId");
        Rule.Require(draft.HeldAt <= now, "MeetingHasTakenPlace", "只能登记已经召开的会议。", "heldAt");
        var heldOn = ChinaDates.DateOf(draft.HeldAt);
        Rule.Require(term.Period.Contains(heldOn), "MeetingWithinTerm", "会议日期必须在本届任期内。", "heldAt");
        Rule.Require(draft.Agenda.Count is >= 1 and <= MaxAgendaItems, "MeetingHasAgenda", $"会议须有1至{MaxAgendaItems}项议题。", "agenda");
        Rule.Require(draft.Decisions.Count <= MaxDecisions, "DecisionsWithinLimit", $"决定事项最多{MaxDecisions}项。", "decisions");

        var members = draft.Members
            .Where(m => m.TownshipId == TownshipId && m.TermId == TermId && m.IsServingOn(heldOn))
            .ToList();
        Rule.Require(members.Count > 0, "PresidiumHasMembers", "会议当日本届主席团没有在任成员。", "heldAt");
        RequireKnownAttendees(draft.Attendance, members);
        RequireInvitedDeputies(draft.InvitedDeputies, members);

        var present = draft.Attendance.Count(a => a.Attendance == Activities.Attendance.Present);
        var quorum = rules.QuorumOf(members.Count);
        RequireValidDecisions(draft, heldOn, present);

        Kind = draft.Kind;
        HeldAt = draft.HeldAt.ToUniversalTime();
        HeldOn = heldOn;
        Place = draft.Place;
        Minutes = draft.Minutes;
        MemberCount = members.Count;
        PresentCount = present;
        QuorumRequired = quorum;
        HasQuorum = present >= quorum;

        _agenda.Clear();
        _agenda.AddRange(draft.Agenda.Select((a, index) => new AgendaItem(Id, index + 1, a.Title)));
        _attendance.Clear();
        _attendance.AddRange(members.Select(m =>
        {
            var given = draft.Attendance.FirstOrDefault(a => a.PresidiumMemberId == m.Id);
            var attendance = given?.Attendance ?? Activities.Attendance.Absent;
            return new MeetingAttendance(Id, m.Id, m.DeputyId, attendance, attendance == Activities.Attendance.OnLeave ? given!.LeaveReason?.Trim() : null);
        }));
        _invitedDeputies.Clear();
        _invitedDeputies.AddRange(draft.InvitedDeputies.Select(d => new InvitedDeputy(Id, d.Id)));
        MajorityRequired = rules.MajorityOf(members.Count);
        _decisions.Clear();
        _decisions.AddRange(draft.Decisions.Select((d, index) => new MeetingDecision(Id, index + 1, d, HasQuorum && d.VotesFor >= MajorityRequired)));
    }

    private static void RequireKnownAttendees(IReadOnlyCollection<MemberAttendanceDraft> attendance, List<PresidiumMember> members)
    {
        Rule.Require(
            attendance.All(a => members.Exists(m => m.Id == a.PresidiumMemberId)),
            "AttendeeIsServingPresidiumMember",
            "出席人员必须是会议当日在任的本届主席团成员。",
            "attendance");
        Rule.Require(attendance.Select(a => a.PresidiumMemberId).Distinct().Count() == attendance.Count, "AttendeesAreDistinct", "出席人员不能重复。", "attendance");
        Rule.Require(
            attendance.All(a => a.Attendance != Activities.Attendance.OnLeave || !string.IsNullOrWhiteSpace(a.LeaveReason)),
            "LeaveHasReason",
            "请假须填写原因。",
            "attendance");
        Rule.Require(
            attendance.All(a => (a.LeaveReason?.Trim().Length ?? 0) <= ActivityParticipation.ReasonMaxLength),
            "TextWithinLimit",
            $"请假原因不能超过{ActivityParticipation.ReasonMaxLength}个字符。",
            "attendance");
    }

    private void RequireInvitedDeputies(IReadOnlyCollection<Deputy> invited, List<PresidiumMember> members)
    {
        Rule.Require(invited.Count <= MaxInvited, "InvitedWithinLimit", $"列席代表最多{MaxInvited}人。", "invitedDeputyIds");
        Rule.Require(
            invited.All(d => d.TownshipId == TownshipId && d.TermId == TermId),
            "InvitedIsDeputyOfTerm",
            "列席人员必须是本乡镇本届的代表。",
            "invitedDeputyIds");
        Rule.Require(invited.Select(d => d.Id).Distinct().Count() == invited.Count, "InvitedAreDistinct", "列席代表不能重复。", "invitedDeputyIds");
        Rule.Require(
            invited.All(d => !members.Exists(m => m.DeputyId == d.Id)),
            "InvitedIsNotMember",
            "主席团成员以成员身份出席，不能同时列为列席代表。",
            "invitedDeputyIds");
    }

    private void RequireValidDecisions(MeetingDraft draft, DateOnly heldOn, int present)
    {
        foreach (var decision in draft.Decisions)
        {
            Rule.Require(
                decision.VotesFor >= 0 && decision.VotesAgainst >= 0 && decision.Abstentions >= 0,
                "VotesNotNegative",
                "表决票数不能为负数。",
                "decisions");
            Rule.Require(
                decision.VotesFor + decision.VotesAgainst + decision.Abstentions <= present,
                "VotesWithinPresent",
                $"表决票数合计不能超过出席成员人数（{present}人）。",
                "decisions");
            Rule.Require(
                decision.FollowUpDueOn is null || decision.FollowUpDueOn >= heldOn,
                "FollowUpDueAfterMeeting",
                "落实期限不能早于会议日期。",
                "decisions");
            Rule.Require(
                decision.FollowUpCompletedOn is null || (decision.FollowUpDueOn is not null && decision.FollowUpCompletedOn >= heldOn),
                "FollowUpCompletedAfterMeeting",
                "只有设定落实期限的决定才能填写完成日期，且不能早于会议日期。",
                "decisions");
            Rule.Require(
                decision.FollowUpUnitId is null || draft.FollowUpUnits.Any(u => u.Id == decision.FollowUpUnitId && u.TownshipId == TownshipId),
                "FollowUpUnitOfTownship",
                "落实单位必须是本乡镇的承办单位。",
                "decisions");
        }
    }
}

/// <summary>
/// What a secretary or presidium member records for a meeting. <see cref="Members"/> are the term's presidium
/// members (those serving on the day are the base of the quorum); members without an attendance entry were absent.
/// </summary>
public sealed record MeetingDraft(
    PresidiumMeetingKind Kind,
    DateTimeOffset HeldAt,
    string? Place,
    IReadOnlyCollection<AgendaDraft> Agenda,
    IReadOnlyCollection<PresidiumMember> Members,
    IReadOnlyCollection<MemberAttendanceDraft> Attendance,
    IReadOnlyCollection<Deputy> InvitedDeputies,
    string? Minutes,
    IReadOnlyCollection<DecisionDraft> Decisions,
    IReadOnlyCollection<HandlingUnit> FollowUpUnits);
