using DeputyPortal.Domain.Activities;
using DeputyPortal.Domain.Common;
using DeputyPortal.Domain.Compliance;
using DeputyPortal.Domain.Deputies;
using DeputyPortal.Domain.Meetings;
using DeputyPortal.Domain.Presidium;

namespace DeputyPortal.Infrastructure.DemoData;

/// <summary>
/// The presidium meetings of a demo township from <see cref="DemoRecordPeriod.FirstYear"/> to the clock's today,
/// recorded through <see cref="PresidiumMeeting.Record"/>: a regular meeting (例会) in every quarter, now and then an
/// extraordinary one, most members present and a few on leave, deputies invited to sit in, minutes and decisions with
/// votes and follow-ups. The plan's quirks leave one quarter without a regular meeting, one meeting without a quorum
/// and the current quarter's meeting still to come (R3 breached, breached, pending).
/// </summary>
public sealed class DemoMeetingBuilder(DemoTownshipPlan plan, DemoTownship built, Random random, DateTimeOffset now)
{
    private static readonly ComplianceRules Rules = ComplianceRules.Default;

    private readonly DateOnly _today = ChinaDates.DateOf(now);
    private readonly Dictionary<Guid, Deputy> _deputies = built.Serving.ToDictionary(s => s.Deputy.Id, s => s.Deputy);

    public List<PresidiumMeeting> Build()
    {
        var meetings = new List<PresidiumMeeting>();
        foreach (var quarter in DemoRecordPeriod.Quarters(_today))
        {
            var current = quarter.Contains(_today);
            var withoutRegular = quarter == plan.Quirks.QuarterWithoutRegularMeeting || (current && plan.Quirks.CurrentMeetingPending);
            if (!withoutRegular && Day(quarter, 12, 75) is { } regularOn)
            {
                var quorate = quarter != plan.Quirks.QuarterWithoutQuorum;
                meetings.Add(Meeting(PresidiumMeetingKind.Regular, regularOn, quarter, quorate));
            }

            var extraordinary = quarter == plan.Quirks.QuarterWithoutRegularMeeting || (!current && random.Next(100) < 25);
            if (extraordinary && Day(quarter, 20, 85) is { } extraOn)
            {
                meetings.Add(Meeting(PresidiumMeetingKind.Extraordinary, extraOn, quarter, quorate: true));
            }
        }

        return meetings;
    }

    /// <summary>A working day between the given days of the quarter, before today; null when none is left.</summary>
    private DateOnly? Day(Quarter quarter, int from, int to)
    {
        var last = _today.AddDays(-1) < quarter.End ? _today.AddDays(-1) : quarter.End;
        var day = DemoRecordPeriod.Workday(quarter.Start.AddDays(random.Next(from, to)));
        if (day > last)
        {
            day = DemoRecordPeriod.Workday(quarter.Start.AddDays(random.Next(Math.Max(1, last.DayNumber - quarter.Start.DayNumber + 1))));
        }

        return day <= last ? day : null;
    }

    private PresidiumMeeting Meeting(PresidiumMeetingKind kind, DateOnly on, Quarter quarter, bool quorate)
    {
        var members = built.Presidium.Where(m => m.IsServingOn(on)).ToList();
        var attendance = quorate ? Attendance(members) : WithoutQuorum(members);
        var present = attendance.Count(a => a.Attendance == Domain.Activities.Attendance.Present);
        var agenda = kind == PresidiumMeetingKind.Regular ? RegularAgenda(quarter) : [Fill(DemoRecordPeriod.Pick(random, DemoActivityTexts.ExtraordinaryAgenda), quarter)];
        var invited = Invited(members);
        var decisions = Decisions(on, present, kind == PresidiumMeetingKind.Regular ? 1 + random.Next(3) : 1);
        var heldAt = new DateTimeOffset(on.ToDateTime(random.Next(2) == 0 ? new TimeOnly(9, 0) : new TimeOnly(14, 30)), TimeSpan.FromHours(8));
        var draft = new MeetingDraft(
            kind,
            heldAt,
            random.Next(3) == 0 ? $"{built.Township.Name}人民政府三楼会议室" : $"{built.Township.Name}人大主席团会议室",
            [.. agenda.Select(a => new AgendaDraft(a))],
            built.Presidium,
            attendance,
            invited,
            Minutes(kind, members.Count, attendance, invited, agenda, quorate),
            decisions,
            built.Units);
        return PresidiumMeeting.Record(built.Term, draft, Rules, now);
    }

    /// <summary>The chair always; the others mostly present, some on leave with a reason, now and then one absent; never short of a quorum.</summary>
    private List<MemberAttendanceDraft> Attendance(List<PresidiumMember> members)
    {
        var attendance = members.Select(m =>
        {
            var roll = random.Next(100);
            return m.DeputyId == built.Chair.Id || roll < 82 ? new MemberAttendanceDraft(m.Id, Domain.Activities.Attendance.Present)
                : roll < 95 ? new MemberAttendanceDraft(m.Id, Domain.Activities.Attendance.OnLeave, DemoRecordPeriod.Pick(random, DemoActivityTexts.LeaveReasons))
                : new MemberAttendanceDraft(m.Id, Domain.Activities.Attendance.Absent);
        }).ToList();
        var quorum = Rules.QuorumOf(members.Count);
        for (var i = 0; i < attendance.Count && attendance.Count(a => a.Attendance == Domain.Activities.Attendance.Present) < quorum; i++)
        {
            attendance[i] = new MemberAttendanceDraft(attendance[i].PresidiumMemberId, Domain.Activities.Attendance.Present);
        }

        return attendance;
    }

    /// <summary>One short of a quorum: the rest on leave (one absent without notice).</summary>
    private static List<MemberAttendanceDraft> WithoutQuorum(List<PresidiumMember> members)
    {
        var present = Rules.QuorumOf(members.Count) - 1;
        return members.Select((m, i) =>
            i < present ? new MemberAttendanceDraft(m.Id, Domain.Activities.Attendance.Present)
            : i == members.Count - 1 ? new MemberAttendanceDraft(m.Id, Domain.Activities.Attendance.Absent)
            : new MemberAttendanceDraft(m.Id, Domain.Activities.Attendance.OnLeave, DemoActivityTexts.LeaveReasons[i % DemoActivityTexts.LeaveReasons.Length])).ToList();
    }

    private List<string> RegularAgenda(Quarter quarter)
    {
        var items = DemoActivityTexts.RegularAgenda[quarter.Number - 1].ToArray();
        random.Shuffle(items);
        return [.. items.Take(2 + random.Next(2)).Select(i => Fill(i, quarter))];
    }

    private string Fill(string text, Quarter quarter)
    {
        var session = built.Sessions.Where(s => s.OpenedOn is null || s.OpenedOn.Value.Year >= quarter.Year).MinBy(s => s.Number);
        return text.Replace("{n}", session is null ? "" : ChineseNumerals.Of(session.Number), StringComparison.Ordinal);
    }

    /// <summary>Up to three deputies invited to sit in, usually group leaders.</summary>
    private List<Deputy> Invited(List<PresidiumMember> members)
    {
        var candidates = built.Groups.Select(g => _deputies[g.LeaderDeputyId])
            .Where(d => members.TrueForAll(m => m.DeputyId != d.Id))
            .ToArray();
        random.Shuffle(candidates);
        return [.. candidates.Take(random.Next(4))];
    }

    private List<DecisionDraft> Decisions(DateOnly on, int present, int count)
    {
        var texts = DemoActivityTexts.Decisions.ToArray();
        random.Shuffle(texts);
        return [.. texts.Take(count).Select(t =>
        {
            var against = random.Next(100) < 10 ? 1 : 0;
            var abstain = random.Next(100) < 15 ? 1 : 0;
            var votesFor = Math.Max(0, present - against - abstain);
            if (!t.FollowUp)
            {
                return new DecisionDraft(t.Text, votesFor, against, abstain);
            }

            var due = on.AddDays(random.Next(30, 76));
            var unit = DemoRecordPeriod.Pick(random, built.Units);
            DateOnly? completed = null;
            var roll = random.Next(100);
            if (due < _today && roll < 75)
            {
                var latest = Math.Min(due.DayNumber + 5, _today.DayNumber - 1);
                completed = DateOnly.FromDayNumber(random.Next(Math.Min(on.DayNumber + 10, latest), latest + 1));
            }
            else if (due >= _today && roll < 20 && on.AddDays(10) < _today)
            {
                completed = DateOnly.FromDayNumber(random.Next(on.DayNumber + 10, _today.DayNumber));
            }

            return new DecisionDraft(t.Text, votesFor, against, abstain, due, unit.Id, completed);
        })];
    }

    private string Minutes(
        PresidiumMeetingKind kind, int memberCount, List<MemberAttendanceDraft> attendance, List<Deputy> invited, List<string> agenda, bool quorate)
    {
        var present = attendance.Count(a => a.Attendance == Domain.Activities.Attendance.Present);
        var onLeave = attendance.Count(a => a.Attendance == Domain.Activities.Attendance.OnLeave);
        var chair = built.Presidium.Single(p => p.DeputyId == built.Chair.Id);
        var chairing = attendance.Exists(a => a.PresidiumMemberId == chair.Id && a.Attendance == Domain.Activities.Attendance.Present)
            ? $"镇人大主席{built.Chair.Name}主持"
            : "镇人大副主席主持";
        var text = $"{(kind == PresidiumMeetingKind.Regular ? "主席团例会" : "主席团临时会议")}由{chairing}。主席团应到{memberCount}人，实到{present}人"
            + (onLeave > 0 ? $"，请假{onLeave}人" : "")
            + (invited.Count > 0 ? $"；{string.Join('、', invited.Select(d => d.Name))}等{invited.Count}名代表列席会议" : "")
            + "。会议" + string.Join('；', agenda.Select((a, i) => $"{Ordinal(i)}{a}")) + "。";
        return quorate
            ? text + "与会人员进行了认真讨论，对有关事项进行了表决。"
            : text + "出席成员未达到主席团全体成员的三分之二，会议所作表决不生效，有关事项提交下次会议重新审议表决。";
    }

    private static string Ordinal(int index) => $"{"一二三四五"[index]}是";
}
