using DeputyPortal.Domain.Activities;
using DeputyPortal.Domain.Common;
using DeputyPortal.Domain.Compliance;
using DeputyPortal.Domain.Deputies;
using DeputyPortal.Domain.Groups;
using DeputyPortal.Domain.HandlingUnits;

namespace DeputyPortal.Infrastructure.DemoData;

/// <summary>
/// The activities of a demo township from <see cref="DemoRecordPeriod.FirstYear"/> to the clock's today, recorded
/// through <see cref="Activity.Record"/>: each representative group's activities quarter by quarter (most groups
/// active, now and then one idle; R4), and two to four supervision activities a year with subject units, findings,
/// rectification items (completed, open, overdue) and, for evaluations and surveys, the tally per unit.
/// </summary>
public sealed class DemoActivityBuilder(DemoTownshipPlan plan, DemoTownship built, Random random, DateOnly today)
{
    private readonly Dictionary<Guid, (Deputy Deputy, string Village)> _serving = built.Serving.ToDictionary(s => s.Deputy.Id);

    public List<Activity> Build()
    {
        var activities = new List<Activity>();
        foreach (var quarter in DemoRecordPeriod.Quarters(today))
        {
            for (var g = 0; g < built.Groups.Count; g++)
            {
                activities.AddRange(GroupActivities(g, quarter));
            }
        }

        for (var year = DemoRecordPeriod.FirstYear; year <= today.Year; year++)
        {
            activities.AddRange(Supervision(year));
        }

        return activities;
    }

    private IEnumerable<Activity> GroupActivities(int g, Quarter quarter)
    {
        var group = built.Groups[g];
        var showcase = group.Members.Any(m => m.DeputyId == built.AccountDeputy.Id);
        var idle = plan.Quirks.IdleGroup == (g, quarter) || (!showcase && random.Next(100) < 8);
        var unattended = plan.Quirks.UnattendedGroup == (g, quarter);
        if (idle && !unattended)
        {
            yield break;
        }

        var count = unattended ? 1 : random.Next(100) < 30 ? 2 : 1;
        for (var i = 0; i < count; i++)
        {
            var last = today < quarter.End ? today : quarter.End;
            var on = DemoRecordPeriod.Workday(quarter.Start.AddDays(random.Next(5, 85)));
            if (on > last || !built.Term.Period.Contains(on))
            {
                continue;
            }

            var members = group.Members.Select(m => _serving[m.DeputyId]).ToList();
            var village = DemoRecordPeriod.Pick(random, members).Village;
            var (kind, title, place, findings) = quarter.Number == 1 && random.Next(100) < 35
                ? (ActivityKind.PreSessionInspection, DemoActivityTexts.PreSessionInspection.Title, "{v}", DemoActivityTexts.PreSessionInspection.Findings)
                : DemoRecordPeriod.Pick(random, DemoActivityTexts.GroupActivities);
            var participants = members.Select(m => unattended ? Excused(m.Deputy) : Participant(m.Deputy)).ToList();
            var draft = new ActivityDraft(
                kind,
                Fill(title, group, village),
                on,
                on,
                Fill(place, group, village),
                findings is null ? null : Fill(findings, group, village),
                group,
                [],
                participants,
                []);
            yield return Activity.Record(built.Term, draft, today);
        }
    }

    private IEnumerable<Activity> Supervision(int year)
    {
        var rated = DemoActivityTexts.Supervision.Where(t => t.Kind.RatesUnits()).ToArray();
        var others = DemoActivityTexts.Supervision.Where(t => !t.Kind.RatesUnits()).ToArray();
        random.Shuffle(others);
        var count = random.Next(2, 5);
        var templates = others.Take(count - 1).Append(rated[year % rated.Length]).ToList();
        for (var i = 0; i < templates.Count; i++)
        {
            // Spread over the year: February to November.
            var month = 2 + (i * 10 / templates.Count) + random.Next(2);
            var startsOn = DemoRecordPeriod.Workday(new DateOnly(year, Math.Min(month, 12), 1 + random.Next(25)));
            if (startsOn > today)
            {
                continue;
            }

            yield return SupervisionActivity(templates[i], startsOn);
        }
    }

    private Activity SupervisionActivity(SupervisionTemplate template, DateOnly startsOn)
    {
        var village = DemoRecordPeriod.Pick(random, built.Serving).Village;
        var endsOn = template.Kind == ActivityKind.LawEnforcementCheck && startsOn < today ? DemoRecordPeriod.Workday(startsOn.AddDays(1)) : startsOn;
        var units = built.Units.ToArray();
        random.Shuffle(units);
        var subjects = units.Take(template.Kind.RatesUnits() ? 3 : 1 + random.Next(2)).ToList();

        var presidium = built.Presidium.Select(p => p.DeputyId).ToHashSet();
        var others = built.Serving.Select(s => s.Deputy).Where(d => !presidium.Contains(d.Id)).ToArray();
        random.Shuffle(others);
        var deputies = built.Serving.Select(s => s.Deputy).Where(d => presidium.Contains(d.Id)).Concat(others.Take(10 + random.Next(9))).ToList();
        var participants = deputies.Select(Participant).ToList();
        var present = participants.Count(p => p.Attendance == Attendance.Present);
        var tallies = template.Kind.RatesUnits() ? subjects.Select(u => Tally(u, present)).ToList() : [];

        var draft = new ActivityDraft(
            template.Kind,
            Fill(template.Title, null, village),
            startsOn,
            endsOn,
            template.Kind is ActivityKind.SpecialReportReview or ActivityKind.WorkEvaluation or ActivityKind.SatisfactionSurvey
                ? $"{built.Township.Name}人民政府会议室"
                : Fill("{v}", null, village),
            Fill(template.Findings, null, village),
            null,
            subjects,
            participants,
            tallies);
        var activity = Activity.Record(built.Term, draft, today);
        for (var i = 0; i < template.Rectifications.Count; i++)
        {
            var unit = subjects[i % subjects.Count];
            activity.AddRectificationItem(Rectification(Fill(template.Rectifications[i], null, village), unit, startsOn), unit, today);
        }

        return activity;
    }

    /// <summary>Items due before today are mostly done, the rest overdue; items due later are open, in progress or done early.</summary>
    private RectificationDraft Rectification(string description, HandlingUnit unit, DateOnly startsOn)
    {
        var due = startsOn.AddDays(random.Next(60, 181));
        var roll = random.Next(100);
        if (due < today)
        {
            if (roll < 65)
            {
                var latest = Math.Min(due.DayNumber + 10, today.DayNumber);
                var completedOn = DateOnly.FromDayNumber(random.Next(Math.Min(startsOn.DayNumber + 20, latest), latest + 1));
                return new RectificationDraft(description, unit.Id, due, RectificationStatus.Completed, completedOn, DemoRecordPeriod.Pick(random, DemoActivityTexts.CompletionEvidence));
            }

            return new RectificationDraft(description, unit.Id, due, roll < 85 ? RectificationStatus.InProgress : RectificationStatus.Open);
        }

        if (roll < 20 && startsOn.AddDays(15) <= today)
        {
            var completedOn = DateOnly.FromDayNumber(random.Next(startsOn.DayNumber + 15, today.DayNumber + 1));
            return new RectificationDraft(description, unit.Id, due, RectificationStatus.Completed, completedOn, DemoRecordPeriod.Pick(random, DemoActivityTexts.CompletionEvidence));
        }

        return new RectificationDraft(description, unit.Id, due, roll < 60 ? RectificationStatus.InProgress : RectificationStatus.Open);
    }

    /// <summary>Most of those present rate a unit 满意, some 基本满意, a few 不满意; one or two may not vote.</summary>
    private TallyDraft Tally(HandlingUnit unit, int present)
    {
        var total = Math.Max(0, present - random.Next(3));
        var dissatisfied = Math.Min(total, random.Next(3));
        var basically = Math.Min(total - dissatisfied, (int)Math.Round(total * (0.15 + (random.NextDouble() * 0.2))));
        return new TallyDraft(unit.Id, total - dissatisfied - basically, basically, dissatisfied);
    }

    private ParticipantDraft Participant(Deputy deputy)
    {
        var roll = random.Next(100);
        return roll < 84 ? new ParticipantDraft(deputy, Attendance.Present)
            : roll < 94 ? new ParticipantDraft(deputy, Attendance.OnLeave, DemoRecordPeriod.Pick(random, DemoActivityTexts.LeaveReasons))
            : new ParticipantDraft(deputy, Attendance.Absent);
    }

    private ParticipantDraft Excused(Deputy deputy) =>
        random.Next(3) == 0
            ? new ParticipantDraft(deputy, Attendance.Absent)
            : new ParticipantDraft(deputy, Attendance.OnLeave, DemoRecordPeriod.Pick(random, DemoActivityTexts.LeaveReasons));

    private string Fill(string text, RepresentativeGroup? group, string village) =>
        text.Replace("{g}", group is null ? "" : ShortName(group.Name), StringComparison.Ordinal)
            .Replace("{t}", built.Township.Name, StringComparison.Ordinal)
            .Replace("{v}", village, StringComparison.Ordinal);

    /// <summary>第一代表小组（上塘、下坊片） → 第一代表小组.</summary>
    private static string ShortName(string groupName) => groupName.Split('（')[0];
}
