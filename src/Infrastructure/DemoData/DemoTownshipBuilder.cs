using DeputyPortal.Domain.Activities;
using System.Globalization;
using DeputyPortal.Domain.Calendar;
using DeputyPortal.Domain.Common;
using DeputyPortal.Domain.Constituents;
using DeputyPortal.Domain.Deputies;
using DeputyPortal.Domain.Districts;
using DeputyPortal.Domain.Groups;
using DeputyPortal.Domain.HandlingUnits;
using DeputyPortal.Domain.Presidium;
using DeputyPortal.Domain.Sessions;
using DeputyPortal.Domain.Terms;
using DeputyPortal.Domain.Townships;
using DeputyPortal.Infrastructure.Calendar;
using DeputyPortal.Infrastructure.Persistence;

namespace DeputyPortal.Infrastructure.DemoData;

/// <summary>The records of a demo township that the demo accounts are bound to, and those its proposals are built from.</summary>
public sealed record DemoTownship(Township Township, Deputy Chair, Deputy AccountDeputy, HandlingUnit AccountUnit)
{
    public required Term Term { get; init; }

    public required IReadOnlyList<CongressSession> Sessions { get; init; }

    /// <summary>Every deputy elected for the term, those whose mandate ended included.</summary>
    public required IReadOnlyList<Deputy> Elected { get; init; }

    /// <summary>The serving deputies and the village each was elected in.</summary>
    public required IReadOnlyList<(Deputy Deputy, string Village)> Serving { get; init; }

    /// <summary>The presidium, the chair first.</summary>
    public required IReadOnlyList<PresidiumMember> Presidium { get; init; }

    public required IReadOnlyList<ElectoralDistrict> Districts { get; init; }

    public required IReadOnlyList<RepresentativeGroup> Groups { get; init; }

    public required IReadOnlyList<HandlingUnit> Units { get; init; }

    public required IReadOnlyList<Constituent> Constituents { get; init; }
}

/// <summary>
/// Builds one demo township through the domain factories, so the demo obeys the same rules as entered data: the
/// current term (第十八届, elected October 2021, ending December 2026) with two sessions a year, districts of one to
/// three seats (R9), the deputies, a presidium of seven, representative groups by area, the handling units, and at
/// least ten constituents for every serving deputy (R7).
/// </summary>
public sealed class DemoTownshipBuilder(AppDbContext db, DemoNames names, DemoRoster roster, DateOnly today)
{
    public const int TermNumber = 18;
    public const int ConstituentsPerDeputy = 10;
    private const int MinGroupSize = 5;
    private const int MaxGroupSize = 8;

    private static readonly DateOnly TermEndsOn = new(2026, 12, 31);

    private static readonly string[] TerminationReasons =
    [
        "工作调动，调离本镇",
        "户籍迁出本镇，代表资格自行终止",
        "因身体原因辞去代表职务，经镇人民代表大会接受",
    ];

    private Random Random => names.Random;

    public DemoTownship Build(DemoTownshipPlan plan)
    {
        var township = Township.Create(plan.Code, plan.Name, DemoTownshipPlan.County);
        var firstSessionOn = Weekday(plan.ElectedOn.AddDays(9 + Random.Next(5)));
        var term = Term.Create(township.Id, TermNumber, firstSessionOn, TermEndsOn, plan.ElectedOn);
        var sessions = Sessions(term, plan);

        var entries = roster.Invent(plan, Random.Next(44, 57));
        var districts = Districts(term, plan, entries.Count);
        var deputies = Elect(districts, entries);
        var presidium = Appoint(term, deputies, entries);
        Terminate(term, deputies, presidium);
        RecordAttendance(sessions, deputies.Select(d => d.Deputy).ToList(), plan);

        var serving = deputies.Where(d => d.Deputy.IsServing).ToList();
        var groups = Groups(term, serving, presidium);
        var units = Units(township, plan);
        var constituentKeys = new HashSet<string>(StringComparer.Ordinal);
        var constituents = serving.SelectMany(d => Constituents(d.Deputy, d.Village, plan, constituentKeys)).ToList();

        db.Townships.Add(township);
        db.Terms.Add(term);
        db.CongressSessions.AddRange(sessions);
        db.ElectoralDistricts.AddRange(districts.Select(d => d.District));
        db.Deputies.AddRange(deputies.Select(d => d.Deputy));
        db.PresidiumMembers.AddRange(presidium);
        db.RepresentativeGroups.AddRange(groups);
        db.HandlingUnits.AddRange(units);
        db.Constituents.AddRange(constituents);

        var chair = deputies.Single(d => d.Deputy.Id == presidium[0].DeputyId).Deputy;
        var presidiumDeputyIds = presidium.Select(p => p.DeputyId).ToHashSet();
        var firstGroup = groups[0];
        var accountDeputy = serving.Select(d => d.Deputy)
            .First(d => firstGroup.Members.Any(m => m.DeputyId == d.Id) && d.Id != firstGroup.LeaderDeputyId && !presidiumDeputyIds.Contains(d.Id));
        return new DemoTownship(township, chair, accountDeputy, units[1])
        {
            Term = term,
            Sessions = sessions,
            Elected = deputies.Select(d => d.Deputy).ToList(),
            Serving = serving,
            Presidium = presidium,
            Districts = districts.Select(d => d.District).ToList(),
            Groups = groups,
            Units = units,
            Constituents = constituents,
        };
    }

    /// <summary>
    /// The first session right after the election, then a regular session by 31 March and a second one in summer each
    /// year (R6); in the plan's late year the regular session opened in April instead. Sessions after today are only planned.
    /// </summary>
    private List<CongressSession> Sessions(Term term, DemoTownshipPlan plan)
    {
        var dates = new List<(DateOnly Opened, DateOnly Closed)> { (term.StartsOn, term.StartsOn.AddDays(1)) };
        for (var year = term.StartsOn.Year + 1; year <= TermEndsOn.Year; year++)
        {
            // After the Spring Festival holiday (which ends by 23 February in every year of the term) and before 31 March.
            var regular = Weekday(new DateOnly(year, 2, 24).AddDays(Random.Next(28)));
            if (year == plan.Quirks.LateFirstSessionYear)
            {
                regular = Weekday(regular.AddDays(44));
            }

            dates.Add((regular, regular.DayOfWeek == DayOfWeek.Friday ? regular : regular.AddDays(Random.Next(2))));
            var summer = Weekday(new DateOnly(year, 6, 20).AddDays(Random.Next(90)));
            dates.Add((summer, summer));
        }

        return dates.Select((d, i) =>
        {
            var session = CongressSession.Plan(term, i + 1);
            if (d.Opened <= today)
            {
                session.RecordDates(term, d.Opened, d.Closed <= today ? d.Closed : null);
            }

            return session;
        }).ToList();
    }

    /// <summary>
    /// 出席情况 of every closed session: most deputies present, a few on leave (with a reason) and the odd one absent;
    /// a deputy whose mandate had ended is not listed. Its own random stream (seeded from the township's code), so the
    /// rest of the demo is the same as before attendance existed.
    /// </summary>
    private static void RecordAttendance(List<CongressSession> sessions, List<Deputy> deputies, DemoTownshipPlan plan)
    {
        var random = new Random(plan.Code.Aggregate(17, (hash, c) => unchecked((hash * 31) + c)));
        foreach (var session in sessions.Where(s => s.ClosedOn is not null))
        {
            var entries = deputies
                .Where(d => d.TerminatedOn is null || d.TerminatedOn > session.OpenedOn)
                .Select(d => random.Next(100) switch
                {
                    < 88 => new ParticipantDraft(d, Attendance.Present),
                    < 95 => new ParticipantDraft(d, Attendance.OnLeave, random.Next(2) == 0 ? "因病请假" : "外出务工"),
                    _ => new ParticipantDraft(d, Attendance.Absent),
                })
                .ToList();
            session.RecordAttendance(entries);
        }
    }

    /// <summary>Districts of one to three seats whose seats add up to the deputies; neighbouring districts share a village.</summary>
    private List<(ElectoralDistrict District, string Village)> Districts(Term term, DemoTownshipPlan plan, int deputies)
    {
        var seats = new List<int>();
        for (var remaining = deputies; remaining > 0; remaining -= seats[^1])
        {
            var roll = Random.Next(100);
            seats.Add(Math.Min(roll < 20 ? 1 : roll < 65 ? 2 : 3, remaining));
        }

        return seats.Select((count, i) =>
        {
            var village = plan.Villages[i * plan.Villages.Count / seats.Count];
            var voters = count switch
            {
                1 => Random.Next(1500, 1901),
                2 => Random.Next(2300, 3101),
                _ => Random.Next(3200, 4001),
            };
            var name = $"第{ChineseNumerals.Of(i + 1)}选区（{village}）";
            return (ElectoralDistrict.Create(term, name, voters, count), village);
        }).ToList();
    }

    private static List<(Deputy Deputy, string Village)> Elect(
        List<(ElectoralDistrict District, string Village)> districts, IReadOnlyList<RosterEntry> entries)
    {
        var seats = districts.SelectMany(d => Enumerable.Repeat(d, d.District.Seats)).ToList();
        return entries.Select((entry, i) => (Deputy.Elect(seats[i].District, entry.Profile), seats[i].Village)).ToList();
    }

    /// <summary>The presidium elected at the first session: the chair first, then the vice-chairs and the members.</summary>
    private static List<PresidiumMember> Appoint(Term term, List<(Deputy Deputy, string Village)> deputies, IReadOnlyList<RosterEntry> entries) =>
        entries.Select((entry, i) => (entry.Post, deputies[i].Deputy))
            .Where(p => p.Post is not null)
            .OrderBy(p => p.Post)
            .Select(p => PresidiumMember.Appoint(term, p.Deputy, p.Post!.Value, term.StartsOn))
            .ToList();

    /// <summary>One or two deputies left during the term: moved away for work, moved house, or resigned.</summary>
    private void Terminate(Term term, List<(Deputy Deputy, string Village)> deputies, List<PresidiumMember> presidium)
    {
        var candidates = deputies.Select(d => d.Deputy)
            .Where(d => !d.IsCountyDeputy && presidium.TrueForAll(p => p.DeputyId != d.Id))
            .ToArray();
        Random.Shuffle(candidates);
        foreach (var deputy in candidates.Take(1 + Random.Next(2)))
        {
            var on = Weekday(new DateOnly(2022, 5, 1).AddDays(Random.Next(1300)));
            deputy.TerminateMandate(on, names.Pick(TerminationReasons), term.Period);
        }
    }

    /// <summary>
    /// Groups by area: serving deputies in district order, cut into five to eight groups of five to nine, each cut moved
    /// to the nearest village boundary where that keeps the sizes in range, so a village mostly sits in one group.
    /// </summary>
    private static List<RepresentativeGroup> Groups(Term term, List<(Deputy Deputy, string Village)> serving, List<PresidiumMember> presidium)
    {
        var count = Math.Clamp((serving.Count + MaxGroupSize - 1) / MaxGroupSize, 5, 8);
        var cuts = AreaCuts(serving.Select(s => s.Village).ToList(), count);
        var presidiumDeputyIds = presidium.Select(p => p.DeputyId).ToHashSet();
        var groups = new List<RepresentativeGroup>(count);
        for (var g = 0; g < count; g++)
        {
            var members = serving.Skip(cuts[g]).Take(cuts[g + 1] - cuts[g]).ToList();
            var area = string.Join('、', members.Select(m => DemoTownshipPlan.Stem(m.Village)).Distinct().Take(3));
            var leader = members.Select(m => m.Deputy)
                .OrderBy(d => presidiumDeputyIds.Contains(d.Id))
                .ThenByDescending(d => d.IsReelected)
                .ThenByDescending(d => d.Party == PartyAffiliation.CpcMember)
                .First();
            groups.Add(RepresentativeGroup.Form(
                term, $"第{ChineseNumerals.Of(g + 1)}代表小组（{area}片）", members.Select(m => m.Deputy).ToList(), leader, presidium[g % presidium.Count]));
        }

        return groups;
    }

    /// <summary>The start index of each group, and the total at the end.</summary>
    private static int[] AreaCuts(List<string> villages, int count)
    {
        var cuts = Enumerable.Range(0, count + 1).Select(g => g * villages.Count / count).ToArray();
        for (var c = 1; c < count; c++)
        {
            var boundary = Enumerable.Range(cuts[c] - 2, 5)
                .Where(i => i > cuts[c - 1] && i < villages.Count && villages[i] != villages[i - 1])
                .OrderBy(i => Math.Abs(i - cuts[c]))
                .Cast<int?>()
                .FirstOrDefault();
            if (boundary is { } b && b - cuts[c - 1] is >= MinGroupSize and <= MaxGroupSize + 1 && cuts[c + 1] - b is >= MinGroupSize and <= MaxGroupSize + 1)
            {
                cuts[c] = b;
            }
        }

        return cuts;
    }

    /// <summary>The offices, stations and two village committees that proposals are usually assigned to, each with its head.</summary>
    private List<HandlingUnit> Units(Township township, DemoTownshipPlan plan)
    {
        var place = township.Name[..^1];
        var villages = plan.Villages.Where(v => !DemoTownshipPlan.IsCommunity(v)).Take(2).ToList();
        (string Name, HandlingUnitKind Kind)[] units =
        [
            ($"{township.Name}党政办", HandlingUnitKind.TownshipOffice),
            ($"{township.Name}农业农村办", HandlingUnitKind.TownshipOffice),
            ($"{township.Name}村镇建设办", HandlingUnitKind.TownshipOffice),
            ($"{township.Name}社会事务办", HandlingUnitKind.TownshipOffice),
            ($"{township.Name}财政所", HandlingUnitKind.Station),
            ($"{DemoTownshipPlan.County}公安局{place}派出所", HandlingUnitKind.Station),
            ($"{township.Name}卫生院", HandlingUnitKind.Station),
            ($"{township.Name}中心小学", HandlingUnitKind.Station),
            ($"{villages[0]}村民委员会", HandlingUnitKind.VillageCommittee),
            ($"{villages[1]}村民委员会", HandlingUnitKind.VillageCommittee),
        ];
        return units.Select(u => HandlingUnit.Register(township.Id, u.Name, u.Kind, names.Resident(plan))).ToList();
    }

    /// <summary>Ten to fourteen voters and households from the deputy's own district, with address and phone.</summary>
    /// <remarks><paramref name="taken"/> keeps village, name and phone unique in the township, as the register requires.</remarks>
    private IEnumerable<Constituent> Constituents(Deputy deputy, string village, DemoTownshipPlan plan, HashSet<string> taken)
    {
        var count = ConstituentsPerDeputy + Random.Next(5);
        for (var assigned = 0; assigned < count;)
        {
            var name = names.Resident(plan);
            var kind = Random.Next(100) < 30 ? ConstituentKind.Household : ConstituentKind.Voter;
            var address = DemoTownshipPlan.IsCommunity(village)
                ? $"{village}{names.Pick(plan.Streets)}{Random.Next(1, 120)}号{Random.Next(1, 9)}栋{Random.Next(1, 7)}0{Random.Next(1, 5)}室"
                : $"{village}{Random.Next(1, 13)}组{Random.Next(1, 80)}号";
            var roll = Random.Next(100);
            var phone = roll < 93 ? names.Mobile()
                : roll < 97 ? "0793-" + Random.Next(6_000_000, 7_000_000).ToString(CultureInfo.InvariantCulture)
                : null;
            if (taken.Add($"{village}/{name}/{phone}"))
            {
                assigned++;
                yield return Constituent.AssignTo(deputy, name, kind, village, address, phone);
            }
        }
    }

    /// <summary>The date itself or the next day that is neither a weekend nor an official holiday of a shipped year.</summary>
    private static DateOnly Weekday(DateOnly date)
    {
        while (date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday || IsOfficialHoliday(date))
        {
            date = date.AddDays(1);
        }

        return date;
    }

    private static bool IsOfficialHoliday(DateOnly date) =>
        OfficialHolidaySchedules.ByYear.TryGetValue(date.Year, out var days)
        && days.Any(d => d.Date == date && d.Kind == CalendarDayKind.Holiday);
}
