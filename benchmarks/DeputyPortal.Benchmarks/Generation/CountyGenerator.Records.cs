using DeputyPortal.Domain.Activities;
using DeputyPortal.Domain.Common;
using DeputyPortal.Domain.Compliance;
using DeputyPortal.Domain.Constituents;
using DeputyPortal.Domain.Contacts;
using DeputyPortal.Domain.Deputies;
using DeputyPortal.Domain.Groups;
using DeputyPortal.Domain.HandlingUnits;
using DeputyPortal.Domain.Meetings;
using DeputyPortal.Domain.Presidium;
using DeputyPortal.Domain.Reviews;
using DeputyPortal.Domain.Terms;
using DeputyPortal.Infrastructure.DemoData;

namespace DeputyPortal.Benchmarks.Generation;

/// <summary>
/// Ten years of records (both terms, 2016-10 to <see cref="Now"/>): activities with every deputy of the organizing
/// group or invited, presidium meetings, contacts with constituents and performance reviews, each built through its
/// domain factory.
/// </summary>
public sealed partial class CountyGenerator
{
    /// <summary>Kinds by weight: reception days and outreach are the most frequent, evaluations the rarest.</summary>
    private static readonly (ActivityKind Kind, int Weight)[] KindWeights =
    [
        (ActivityKind.Inspection, 8), (ActivityKind.LawEnforcementCheck, 4), (ActivityKind.Research, 8),
        (ActivityKind.WorkEvaluation, 3), (ActivityKind.SpecialReportReview, 4), (ActivityKind.SatisfactionSurvey, 3),
        (ActivityKind.Training, 10), (ActivityKind.PreSessionInspection, 5), (ActivityKind.ReceptionDay, 20),
        (ActivityKind.ConstituentOutreach, 20), (ActivityKind.Other, 15),
    ];

    private static readonly string[] LeaveReasons = ["外出务工", "身体不适", "家中有事", "参加县里会议", "农忙"];

    private DateOnly Today => DateOnly.FromDateTime((now ?? Now).ToOffset(ProposalSetting.ChinaOffset).DateTime);

    private void AddTenYearsOfRecords(TownshipData data, SyntheticNames names)
    {
        var today = Today;
        var lastDay = today.AddDays(-1);
        var days = data.Terms.ToDictionary(t => t.Id, t => Math.Max(0, Min(t.EndsOn, lastDay).DayNumber - t.StartsOn.DayNumber + 1));
        var allDays = days.Values.Sum();
        foreach (var term in data.Terms)
        {
            var deputies = data.Deputies.Where(d => d.TermId == term.Id).ToList();
            var share = (double)days[term.Id] / allDays;
            var activities = term == data.Terms[^1] ? Scale.ActivitiesPerTownship - data.Activities.Count : (int)Math.Round(Scale.ActivitiesPerTownship * share);
            var contacts = term == data.Terms[^1] ? Scale.ContactsPerTownship - data.Contacts.Count : (int)Math.Round(Scale.ContactsPerTownship * share);
            AddActivities(data, term, deputies, Min(term.EndsOn, lastDay), activities, names);
            AddMeetings(data, term, deputies, Min(term.EndsOn, lastDay), names);
            AddTermContacts(data, term, deputies, Min(term.EndsOn, lastDay), contacts, names);
            AddReviews(data, term, deputies, Min(term.EndsOn, lastDay), names);
        }
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private void AddActivities(TownshipData data, Term term, List<Deputy> deputies, DateOnly last, int count, SyntheticNames names)
    {
        var today = Today;
        var groups = data.Groups.Where(g => g.TermId == term.Id).ToList();
        var byId = deputies.ToDictionary(d => d.Id);
        var span = last.DayNumber - term.StartsOn.DayNumber + 1;
        var totalWeight = KindWeights.Sum(k => k.Weight);
        for (var i = 0; i < count; i++)
        {
            var startsOn = term.StartsOn.AddDays(names.Random.Next(span));
            var roll = names.Random.Next(totalWeight);
            var kind = KindWeights.First(k => (roll -= k.Weight) < 0).Kind;
            var supervision = kind.IsSupervision() || kind == ActivityKind.PreSessionInspection;

            // Supervision is organized by the presidium with invited deputies; the rest by a group, all its members invited.
            var group = supervision ? null : groups[names.Random.Next(groups.Count)];
            var invited = new HashSet<Guid>(group?.Members.Select(m => m.DeputyId) ?? []);
            var extra = supervision ? names.Random.Next(7, 14) : names.Random.Next(2, 7);
            for (var tries = 0; invited.Count < (group?.Members.Count ?? 0) + extra && tries < 40; tries++)
            {
                invited.Add(deputies[names.Random.Next(deputies.Count)].Id);
            }

            var participants = invited
                .Select(id => byId[id])
                .Where(d => d.TerminatedOn is not { } ended || ended >= startsOn)
                .Select(d =>
                {
                    var r = names.Random.NextDouble();
                    return r < 0.84 ? new ParticipantDraft(d, Attendance.Present)
                        : r < 0.92 ? new ParticipantDraft(d, Attendance.OnLeave, names.Pick(LeaveReasons))
                        : new ParticipantDraft(d, Attendance.Absent);
                })
                .ToList();
            var present = participants.Count(p => p.Attendance == Attendance.Present);
            var units = supervision ? PickUnits(data.Units, names.Random.Next(1, 4), names) : [];
            var tallies = kind.RatesUnits()
                ? units.Select(u => Tally(u.Id, present, names)).ToList()
                : [];
            var village = SyntheticNames.Village(names.Random.Next(24));
            var title = $"{kind.Label()}：{(units.Count > 0 ? units[0].Name : village)}{(supervision ? "工作" : "")}";
            var activity = Activity.Record(term, new ActivityDraft(
                kind, title, startsOn, kind == ActivityKind.Inspection && startsOn < last ? startsOn.AddDays(1) : startsOn,
                units.Count > 0 ? units[0].Name : $"{village}村委会", supervision ? $"{village}群众反映的问题已向有关单位交办。" : null,
                group, units, participants, tallies), today);

            // About a third of the supervision activities leave rectification items, most of the older ones completed.
            if (kind.IsSupervision() && names.Chance(0.35))
            {
                for (var r = names.Random.Next(1, 4); r > 0; r--)
                {
                    var unit = data.Units[names.Random.Next(data.Units.Count)];
                    var due = startsOn.AddDays(names.Random.Next(30, 120));
                    var done = due < today && names.Chance(0.8);
                    var completedOn = done ? Min(startsOn.AddDays(names.Random.Next(7, due.DayNumber - startsOn.DayNumber + 20)), today) : (DateOnly?)null;
                    activity.AddRectificationItem(
                        new RectificationDraft(
                            $"{village}{unit.Name}相关问题整改", unit.Id, due,
                            done ? RectificationStatus.Completed : names.Chance(0.5) ? RectificationStatus.InProgress : RectificationStatus.Open,
                            completedOn, done ? "已整改到位，群众满意。" : null),
                        unit, today);
                }
            }

            data.Activities.Add(activity);
        }
    }

    private static List<HandlingUnit> PickUnits(List<HandlingUnit> units, int count, SyntheticNames names) =>
        [.. Enumerable.Range(0, units.Count).OrderBy(_ => names.Random.Next()).Take(count).Select(i => units[i])];

    private static TallyDraft Tally(Guid unitId, int present, SyntheticNames names)
    {
        var cast = Math.Max(0, present - names.Random.Next(0, 2));
        var satisfied = (int)(cast * (0.55 + (names.Random.NextDouble() * 0.4)));
        var basically = names.Random.Next(0, cast - satisfied + 1);
        return new TallyDraft(unitId, satisfied, basically, cast - satisfied - basically);
    }

    /// <summary>One regular meeting each quarter (a second in about one quarter in five), an extraordinary one in about one in four.</summary>
    private void AddMeetings(TownshipData data, Term term, List<Deputy> deputies, DateOnly last, SyntheticNames names)
    {
        var moment = now ?? Now;
        var members = data.Presidium.Where(p => p.TermId == term.Id).ToList();
        var memberDeputies = members.Select(m => m.DeputyId).ToHashSet();
        var others = deputies.Where(d => !memberDeputies.Contains(d.Id) && d.IsServing).ToList();
        for (var quarter = new DateOnly(term.StartsOn.Year, ((term.StartsOn.Month - 1) / 3 * 3) + 1, 1); quarter <= last; quarter = quarter.AddMonths(3))
        {
            var from = quarter < term.StartsOn ? term.StartsOn : quarter;
            var until = Min(quarter.AddMonths(3).AddDays(-1), last);
            var kinds = new List<PresidiumMeetingKind> { PresidiumMeetingKind.Regular };
            if (names.Chance(0.2))
            {
                kinds.Add(PresidiumMeetingKind.Regular);
            }

            if (names.Chance(0.25))
            {
                kinds.Add(PresidiumMeetingKind.Extraordinary);
            }

            foreach (var kind in kinds)
            {
                var heldOn = from.AddDays(names.Random.Next(until.DayNumber - from.DayNumber + 1));
                var heldAt = new DateTimeOffset(heldOn.ToDateTime(new TimeOnly(9, 0)), ProposalSetting.ChinaOffset);
                if (heldAt > moment)
                {
                    continue;
                }

                var attendance = members.Select(m =>
                {
                    var r = names.Random.NextDouble();
                    return r < 0.9 ? new MemberAttendanceDraft(m.Id, Attendance.Present)
                        : r < 0.96 ? new MemberAttendanceDraft(m.Id, Attendance.OnLeave, names.Pick(LeaveReasons))
                        : new MemberAttendanceDraft(m.Id, Attendance.Absent);
                }).ToList();
                var present = attendance.Count(a => a.Attendance == Attendance.Present);
                var invited = Enumerable.Range(0, names.Random.Next(0, 4)).Select(_ => others[names.Random.Next(others.Count)]).Distinct().ToList();
                var decisions = Enumerable.Range(0, names.Random.Next(1, 4)).Select(d =>
                {
                    var votesFor = Math.Max(0, present - names.Random.Next(0, 2));
                    var against = present - votesFor;
                    if (!names.Chance(0.5))
                    {
                        return new DecisionDraft($"第{d + 1}项：同意{kind.Label()}议定事项", votesFor, against, 0);
                    }

                    var unit = data.Units[names.Random.Next(data.Units.Count)];
                    var due = heldOn.AddDays(names.Random.Next(30, 120));
                    DateOnly? completed = due < Today && names.Chance(0.8) ? Min(heldOn.AddDays(names.Random.Next(5, due.DayNumber - heldOn.DayNumber + 15)), Today) : null;
                    return new DecisionDraft($"第{d + 1}项：由{unit.Name}抓好落实", votesFor, against, 0, due, unit.Id, completed);
                }).ToList();
                data.Meetings.Add(PresidiumMeeting.Record(term, new MeetingDraft(
                    kind, heldAt, "乡镇人大主席团会议室",
                    [new AgendaDraft("通报本季度代表工作情况"), new AgendaDraft("研究部署下阶段代表活动")],
                    members, attendance, invited, "会议听取了汇报，研究了有关事项。", decisions, data.Units),
                    ComplianceRules.Default, moment));
            }
        }
    }

    /// <summary>
    /// Contacts spread over the term, each reaching one to three of the deputy's constituents. The previous term's
    /// deputies get constituents of their own, stopped when the term ended.
    /// </summary>
    private void AddTermContacts(TownshipData data, Term term, List<Deputy> deputies, DateOnly last, int count, SyntheticNames names)
    {
        var today = Today;
        var serving = deputies.Where(d => d.IsServing).ToList();
        var isCurrent = term == data.Terms[^1];
        var own = new Dictionary<Guid, List<Constituent>>();
        if (isCurrent)
        {
            foreach (var group in data.Constituents.GroupBy(c => c.DeputyId))
            {
                own[group.Key] = [.. group];
            }
        }
        else
        {
            // The township's (village, name, phone) is unique among all its constituents, stopped ones included.
            var taken = data.Constituents.Select(c => (c.Village, c.Name, c.Phone)).ToHashSet();
            foreach (var deputy in serving)
            {
                own[deputy.Id] = [];
                for (var c = 0; c < Scale.PreviousTermConstituentsPerDeputy; c++)
                {
                    var village = SyntheticNames.Village(c % 24);
                    string name, phone;
                    do
                    {
                        name = names.PersonName(names.Chance(0.5));
                        phone = names.MobilePhone();
                    }
                    while (!taken.Add((village, name, phone)));

                    own[deputy.Id].Add(Constituent.AssignTo(deputy, name, ConstituentKind.Voter, village, names.Address(village), phone));
                }
            }
        }

        var span = last.DayNumber - term.StartsOn.DayNumber + 1;
        for (var i = 0; i < count; i++)
        {
            var deputy = serving[i % serving.Count];
            var mine = own[deputy.Id];
            var reached = Enumerable.Range(0, names.Random.Next(1, 4)).Select(_ => mine[names.Random.Next(mine.Count)]).Distinct().ToList();
            var template = names.Pick(DemoProposalTexts.Templates);
            var concerns = names.Chance(0.3) ? new[] { template.Concern(reached[0].Village, data.Township.Name) } : [];
            data.Contacts.Add(ConstituentContact.Log(
                deputy, reached, null, term.StartsOn.AddDays(names.Random.Next(span)), names.Pick(Channels),
                $"联系选民{reached[0].Name}等{reached.Count}人，听取意见建议。", concerns, today));
        }

        if (!isCurrent)
        {
            foreach (var constituent in own.Values.SelectMany(c => c))
            {
                constituent.Deactivate();
                data.Constituents.Add(constituent);
            }
        }
    }

    /// <summary>About half the deputies of each term report to their voters once, at a meeting of 20 to 60 representatives.</summary>
    private void AddReviews(TownshipData data, Term term, List<Deputy> deputies, DateOnly last, SyntheticNames names)
    {
        var today = Today;
        var districts = data.Districts.Where(d => d.TermId == term.Id).ToDictionary(d => d.Id);
        var span = last.DayNumber - term.StartsOn.DayNumber - 180;
        foreach (var deputy in deputies.Where(_ => names.Chance(0.5)))
        {
            var heldOn = term.StartsOn.AddDays(180 + names.Random.Next(Math.Max(1, span)));
            if (deputy.TerminatedOn is { } ended && heldOn > ended)
            {
                continue;
            }

            var present = names.Random.Next(20, 61);
            var cast = present - names.Random.Next(0, 4);
            var satisfied = (int)(cast * (0.4 + (names.Random.NextDouble() * 0.55)));
            var basically = names.Random.Next(0, cast - satisfied + 1);
            var tally = new ReviewTally(satisfied, basically, cast - satisfied - basically);
            var draft = new ReviewDraft(
                heldOn, $"{districts[deputy.DistrictId].Name}选民之家", names.Chance(0.6) ? ReviewForm.Oral : ReviewForm.Written,
                $"{deputy.Name}向选民报告履职情况：参加代表活动、联系选民、提出建议。", present, tally,
                names.Chance(0.9) ? ReviewRules.Default.Propose(tally) : null);
            data.Reviews.Add(PerformanceReview.Record(term, deputy, districts[deputy.DistrictId], draft, ReviewRules.Default, today));
        }
    }
}
