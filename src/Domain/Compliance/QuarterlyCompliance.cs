using System.Globalization;
using DeputyPortal.Domain.Common;
using DeputyPortal.Domain.Proposals;

namespace DeputyPortal.Domain.Compliance;

/// <summary>
/// The quarterly rules of DESIGN §4 (R1, R2, R3, R4, R7), decided from plain facts for one calendar quarter in
/// Asia/Shanghai. Each is met as soon as it is met, breached once its due date has passed unmet, pending before that.
/// </summary>
public static class QuarterlyCompliance
{
    /// <summary>
    /// R1: the proposals whose reply deadline in force (办理期限) falls in the quarter are replied by it, on or before
    /// the deadline day (the test of the reply's <c>onTime</c>). One replied late, or unreplied once its deadline has
    /// passed, breaches the rule at once; while the others are still within their deadlines it is pending.
    /// </summary>
    public static RuleOutcome RepliesOnTime(Quarter quarter, IReadOnlyCollection<ReplyDeadlineFact> proposals, DateOnly today)
    {
        const string title = "交办的建议在办理期限内答复";
        var due = proposals
            .Where(p => quarter.Contains(p.DueOn))
            .OrderBy(p => p.DueOn)
            .ThenBy(p => p.Number, StringComparer.Ordinal)
            .ToList();
        if (due.Count == 0)
        {
            return new RuleOutcome(
                "R1", title, ComplianceStatus.Met, quarter.Start, quarter.End, quarter.End, 0, 0, 0, [],
                $"{quarter.Name}没有办理期限届满的建议。");
        }

        var onTime = due.Count(p => p.RepliedOn <= p.DueOn);
        var late = due.Count(p => p.RepliedOn > p.DueOn);
        var overdue = due.Where(p => p.RepliedOn is null && today > p.DueOn).ToList();
        var missed = due.Where(p => p.RepliedOn > p.DueOn || (p.RepliedOn is null && today > p.DueOn)).ToList();
        var latestDue = due.Max(p => p.DueOn);
        var status = QuarterlyTallies.RepliesOnTime(due.Count, onTime, missed.Count > 0 ? missed.Min(p => p.DueOn) : null, latestDue, today).Status;

        var offenders = due
            .Where(p => !(p.RepliedOn <= p.DueOn))
            .Select(p => new Offender(OffenderKinds.Proposal, p.Id, $"{p.Number} {p.Title}".Trim(), ReplyReason(p, today)))
            .ToList();
        var unreplied = due.Count - onTime - late;
        return new RuleOutcome(
            "R1",
            title,
            status,
            quarter.Start,
            quarter.End,
            latestDue,
            due.Count,
            onTime,
            due.Count,
            offenders,
            $"{quarter.Name}办理期限届满的建议{due.Count}件，按期答复{onTime}件，逾期答复{late}件，未答复{unreplied}件"
                + (unreplied == 0 ? "。" : $"（其中已逾期{overdue.Count}件，尚在期限内{unreplied - overdue.Count}件）。"));
    }

    /// <summary>
    /// R2: the proposals of every session that closed in the quarter (those registered, i.e. not draft, submitted or
    /// rejected) are assigned by the date expected at assignment, or the close plus the township's months when not
    /// yet assigned. One proposal assigned late, or unassigned past its date, breaches the rule at once.
    /// </summary>
    public static RuleOutcome SessionProposalsAssigned(
        Quarter quarter,
        IReadOnlyCollection<SessionFact> sessions,
        IReadOnlyCollection<SessionProposalFact> proposals,
        int sessionAssignmentMonths,
        DateOnly today)
    {
        var title = $"大会期间提出的建议闭会后{sessionAssignmentMonths}个月内交办";
        var closed = sessions.Where(s => s.ClosedOn is { } on && quarter.Contains(on)).OrderBy(s => s.ClosedOn).ToList();
        if (closed.Count == 0)
        {
            return new RuleOutcome(
                "R2", title, ComplianceStatus.Met, quarter.Start, quarter.End, quarter.End, 0, 0, 0, [],
                $"{quarter.Name}没有闭幕的人代会会议，无需交办会议期间提出的建议。");
        }

        var closedOn = closed.ToDictionary(s => s.Id, s => s.ClosedOn!.Value);
        var items = proposals
            .Where(p => closedOn.ContainsKey(p.SessionId) && IsRegistered(p.Status))
            .Select(p => (Proposal: p, DueBy: p.AssignmentExpectedBy ?? closedOn[p.SessionId].AddMonths(sessionAssignmentMonths)))
            .OrderBy(i => i.Proposal.Number, StringComparer.Ordinal)
            .ToList();
        var onTime = items.Where(i => i.Proposal.AssignedOn <= i.DueBy).ToList();
        var missed = items.Where(i => i.Proposal.AssignedOn > i.DueBy || (i.Proposal.AssignedOn is null && today > i.DueBy)).ToList();
        var latestDue = items.Count == 0 ? closed.Max(s => s.ClosedOn!.Value).AddMonths(sessionAssignmentMonths) : items.Max(i => i.DueBy);
        var status = QuarterlyTallies.SessionProposalsAssigned(
            closed.Count, items.Count, onTime.Count, missed.Count > 0 ? missed.Min(i => i.DueBy) : null, latestDue, today).Status;

        var offenders = items
            .Where(i => !(i.Proposal.AssignedOn <= i.DueBy))
            .Select(i => new Offender(
                OffenderKinds.Proposal,
                i.Proposal.Id,
                $"{i.Proposal.Number} {i.Proposal.Title}".Trim(),
                i.Proposal.AssignedOn is { } assigned
                    ? $"应于{Day(i.DueBy)}前交办，{Day(assigned)}才交办"
                    : today > i.DueBy ? $"应于{Day(i.DueBy)}前交办，至今未交办" : $"尚未交办（期限{Day(i.DueBy)}）"))
            .ToList();
        var sessionNames = string.Join("、", closed.Select(s => $"{s.Name}（{Day(s.ClosedOn!.Value)}闭幕）"));
        var summary = items.Count == 0
            ? $"{sessionNames}没有立案的建议。"
            : $"{sessionNames}立案建议{items.Count}件，按期交办{onTime.Count}件，逾期{missed.Count}件，尚在期限内未交办{items.Count - onTime.Count - missed.Count}件。";
        return new RuleOutcome("R2", title, status, quarter.Start, quarter.End, latestDue, items.Count, onTime.Count, items.Count, offenders, summary);
    }

    /// <summary>
    /// R3: at least the township's number of regular presidium meetings (例会) with a quorum, held (Asia/Shanghai date)
    /// in the quarter. Extraordinary meetings (临时会议) and meetings without a quorum are listed and do not count.
    /// </summary>
    public static RuleOutcome RegularMeetingsHeld(Quarter quarter, IReadOnlyCollection<MeetingFact> meetings, ComplianceRules rules, DateOnly today)
    {
        var required = rules.RegularMeetingsPerQuarter;
        var held = meetings.Where(m => quarter.Contains(m.HeldOn)).OrderBy(m => m.HeldOn).ToList();
        var counted = held.Count(m => m.CountsForRegularMeetingRule);
        var offenders = held
            .Where(m => !m.CountsForRegularMeetingRule)
            .Select(m => new Offender(OffenderKinds.Meeting, m.Id, $"{Day(m.HeldOn)} {m.Kind.Label()}", MeetingReason(m)))
            .ToList();
        return new RuleOutcome(
            "R3",
            $"每季度至少召开{required}次有法定人数的主席团例会",
            QuarterlyTallies.RegularMeetingsHeld(quarter, required, counted, held.Count, today).Status,
            quarter.Start,
            quarter.End,
            quarter.End,
            required,
            counted,
            held.Count,
            offenders,
            $"{quarter.Name}召开主席团会议{held.Count}次，其中有法定人数的例会{counted}次，应不少于{required}次。");
    }

    /// <summary>
    /// R4: every representative group of a term overlapping the quarter organised at least the township's number of
    /// activities starting in the quarter. An activity counts for its group only when at least one member of the group
    /// was present: an activity none of its members attended is not the group's activity in any real sense.
    /// </summary>
    public static RuleOutcome GroupsActive(
        Quarter quarter,
        IReadOnlyCollection<TermFact> terms,
        IReadOnlyCollection<GroupFact> groups,
        ComplianceRules rules,
        DateOnly today)
    {
        var required = rules.GroupActivitiesPerQuarter;
        var termIds = TermsOverlapping(quarter, terms);
        var held = groups.Where(g => termIds.Contains(g.TermId)).OrderBy(g => g.Name, StringComparer.Ordinal).ToList();
        var offenders = new List<Offender>();
        foreach (var group in held)
        {
            var counting = group.ActivitiesAttendedByMember;
            if (counting >= required)
            {
                continue;
            }

            var unattended = group.ActivitiesOrganised - counting;
            var reason = group.ActivitiesOrganised == 0 ? "本季度没有活动" : $"本季度计入的活动{counting}次，应不少于{required}次";
            if (unattended > 0)
            {
                reason += $"（另有{unattended}次活动无本组代表出席，不计入）";
            }

            offenders.Add(new Offender(OffenderKinds.Group, group.Id, group.Name, reason));
        }

        var active = held.Count - offenders.Count;
        return new RuleOutcome(
            "R4",
            $"每个代表小组每季度至少活动{required}次",
            QuarterlyTallies.GroupsActive(quarter, held.Count, active, today).Status,
            quarter.Start,
            quarter.End,
            quarter.End,
            held.Count,
            active,
            held.Count,
            offenders,
            held.Count == 0 ? $"{quarter.Name}没有代表小组。" : $"{quarter.Name}共{held.Count}个代表小组，{active}个活动达到{required}次，{offenders.Count}个未达到。");
    }

    /// <summary>
    /// R7: every deputy of a term overlapping the quarter who is still in office at its end (a mandate that ended on or
    /// before the quarter's last day no longer binds) logged at least the township's number of constituent contacts in
    /// the quarter, and has at least the township's number of active constituents assigned now.
    /// </summary>
    public static RuleOutcome DeputiesInTouch(
        Quarter quarter,
        IReadOnlyCollection<TermFact> terms,
        IReadOnlyCollection<DeputyFact> deputies,
        ComplianceRules rules,
        DateOnly today)
    {
        var (requiredContacts, requiredConstituents) = (rules.ContactsPerDeputyPerQuarter, rules.MinimumConstituentsPerDeputy);
        var held = DeputiesHeld(quarter, terms, deputies);
        var offenders = new List<Offender>();
        var (fewContacts, fewConstituents) = (0, 0);
        foreach (var deputy in held)
        {
            var reasons = new List<string>();
            var logged = deputy.ContactsInQuarter;
            if (logged < requiredContacts)
            {
                fewContacts++;
                reasons.Add(logged == 0 ? "本季度未联系选民" : $"本季度联系选民{logged}次，应不少于{requiredContacts}次");
            }

            if (deputy.ActiveConstituents < requiredConstituents)
            {
                fewConstituents++;
                reasons.Add($"固定联系选民{deputy.ActiveConstituents}名，应不少于{requiredConstituents}名");
            }

            if (reasons.Count > 0)
            {
                offenders.Add(new Offender(OffenderKinds.Deputy, deputy.Id, deputy.Name, string.Join("；", reasons)));
            }
        }

        var inTouch = held.Count - offenders.Count;
        return new RuleOutcome(
            "R7",
            $"每位代表每季度至少联系选民{requiredContacts}次，固定联系选民不少于{requiredConstituents}名",
            QuarterlyTallies.DeputiesInTouch(quarter, held.Count, inTouch, today).Status,
            quarter.Start,
            quarter.End,
            quarter.End,
            held.Count,
            inTouch,
            held.Count,
            offenders,
            held.Count == 0
                ? $"{quarter.Name}没有在任代表。"
                : $"{quarter.Name}在任代表{held.Count}名，{inTouch}名达标；{fewContacts}名联系选民不足{requiredContacts}次，{fewConstituents}名固定联系选民不足{requiredConstituents}名。");
    }

    /// <summary>
    /// The deputies R7 holds to the quarter who have not logged the township's number of contacts in it (the
    /// quarter-end reminder 本季度尚未联系选民 warns exactly these).
    /// </summary>
    public static IReadOnlyList<DeputyFact> DeputiesShortOfContacts(
        Quarter quarter, IReadOnlyCollection<TermFact> terms, IReadOnlyCollection<DeputyFact> deputies, ComplianceRules rules) =>
        [.. DeputiesHeld(quarter, terms, deputies).Where(d => d.ContactsInQuarter < rules.ContactsPerDeputyPerQuarter)];

    internal static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Days overdue as the proposal answers count them (<see cref="ProposalWarning.DaysOverdue"/>): the days past the deadline day.</summary>
    private static string ReplyReason(ReplyDeadlineFact proposal, DateOnly today) => proposal.RepliedOn switch
    {
        { } replied => $"办理期限{Day(proposal.DueOn)}，{Day(replied)}答复，逾期{replied.DayNumber - proposal.DueOn.DayNumber}天答复",
        null when today > proposal.DueOn => $"办理期限{Day(proposal.DueOn)}，逾期{today.DayNumber - proposal.DueOn.DayNumber}天未答复",
        null => $"尚未答复（期限{Day(proposal.DueOn)}）",
    };

    /// <summary>R7's deputies: of a term overlapping the quarter, and still in office at its end.</summary>
    private static List<DeputyFact> DeputiesHeld(Quarter quarter, IEnumerable<TermFact> terms, IEnumerable<DeputyFact> deputies)
    {
        var termIds = TermsOverlapping(quarter, terms);
        return [.. deputies
            .Where(d => termIds.Contains(d.TermId) && (d.TerminatedOn is null || d.TerminatedOn > quarter.End))
            .OrderBy(d => d.Name, StringComparer.Ordinal)];
    }

    private static HashSet<Guid> TermsOverlapping(Quarter quarter, IEnumerable<TermFact> terms) =>
        terms.Where(t => t.Overlaps(quarter.Start, quarter.End)).Select(t => t.Id).ToHashSet();

    private static bool IsRegistered(ProposalStatus status) =>
        status is not (ProposalStatus.Draft or ProposalStatus.Submitted or ProposalStatus.Rejected);

    private static string MeetingReason(MeetingFact meeting)
    {
        var reasons = new List<string>();
        if (meeting.Kind != Meetings.PresidiumMeetingKind.Regular)
        {
            reasons.Add($"{meeting.Kind.Label()}不计入例会");
        }

        if (!meeting.HasQuorum)
        {
            reasons.Add($"无法定人数（出席{meeting.PresentCount}人，应不少于{meeting.QuorumRequired}人）");
        }

        return string.Join("；", reasons);
    }
}
