using System.Globalization;
using DeputyPortal.Domain.Activities;
using DeputyPortal.Domain.Calendar;
using DeputyPortal.Domain.Constituents;
using DeputyPortal.Domain.Contacts;
using DeputyPortal.Domain.Deputies;
using DeputyPortal.Domain.Districts;
using DeputyPortal.Domain.Groups;
using DeputyPortal.Domain.HandlingUnits;
using DeputyPortal.Domain.Presidium;
using DeputyPortal.Domain.Proposals;
using DeputyPortal.Domain.Sessions;
using DeputyPortal.Domain.Terms;
using DeputyPortal.Domain.Townships;
using DeputyPortal.Infrastructure.Calendar;
using DeputyPortal.Infrastructure.DemoData;
using DeputyPortal.Infrastructure.Persistence.Numbering;

namespace DeputyPortal.Benchmarks.Generation;

/// <summary>
/// Builds a synthetic county township by township. Every record goes through the domain factory that guards it, so
/// generated data obeys the same rules as entered data; the seed makes every run produce the same county.
/// Proposals go through the <see cref="Proposal"/> aggregate's methods too (via the demo data's
/// <see cref="DemoProposalBuilder"/>), dated back from <see cref="Now"/>; their numbers are counted in memory per
/// series, which is safe because generation is single-threaded.
/// </summary>
public sealed partial class CountyGenerator(int seed = 20261123, DateTimeOffset? now = null)
{
    /// <summary>The moment the generated county is "seen" at: every proposal step lies before it.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.FromHours(8));

    private static readonly WorkingDayCalendar Calendar = new(OfficialHolidaySchedules.ByYear.Values.SelectMany(days => days));

    private static readonly ContactChannel[] Channels = Enum.GetValues<ContactChannel>();

    private static readonly (string Name, HandlingUnitKind Kind)[] UnitTemplates =
    [
        ("党政综合办", HandlingUnitKind.TownshipOffice), ("农业农村办", HandlingUnitKind.TownshipOffice),
        ("村镇建设办", HandlingUnitKind.TownshipOffice), ("社会事务办", HandlingUnitKind.TownshipOffice),
        ("财政所", HandlingUnitKind.Station), ("派出所", HandlingUnitKind.Station), ("卫生院", HandlingUnitKind.Station),
        ("中心小学", HandlingUnitKind.Station), ("县交通运输局", HandlingUnitKind.CountyDepartment),
        ("县自然资源局", HandlingUnitKind.CountyDepartment),
    ];

    private static readonly string[] Ethnicities = ["汉族", "汉族", "汉族", "汉族", "汉族", "汉族", "汉族", "汉族", "畲族", "回族"];

    public async IAsyncEnumerable<TownshipData> GenerateAsync(Scale scale, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
    {
        for (var index = 0; index < scale.Townships; index++)
        {
            yield return await GenerateTownshipAsync(index, ct);
        }
    }

    public async Task<TownshipData> GenerateTownshipAsync(int index, CancellationToken ct = default)
    {
        var names = new SyntheticNames(seed + index);
        var code = (360_700_000_000L + (index + 1) * 1_000L).ToString(CultureInfo.InvariantCulture);
        var data = new TownshipData(Township.Create(code, $"合成{index + 1}镇", "合成县"));

        var previous = Term.Create(data.Township.Id, 17, new DateOnly(2016, 10, 1), new DateOnly(2021, 9, 30), new DateOnly(2016, 9, 20));
        var current = Term.Create(data.Township.Id, 18, new DateOnly(2021, 10, 1), new DateOnly(2026, 12, 31), new DateOnly(2021, 9, 20));
        foreach (var term in new[] { previous, current })
        {
            data.Terms.Add(term);
            AddSessions(data, term);
            var deputies = AddDistrictsAndDeputies(data, term, names);
            var presidium = AddPresidium(data, term, deputies);
            AddGroups(data, term, deputies, presidium);
        }

        foreach (var (name, kind) in UnitTemplates)
        {
            data.Units.Add(HandlingUnit.Register(data.Township.Id, name, kind, names.PersonName(names.Chance(0.3)) + "主任"));
        }

        AddSessionAttendance(data);
        AddConstituents(data, current, names);
        await AddProposalsAsync(data, current, names, ct);
        AddTenYearsOfRecords(data, names);
        return data;
    }

    /// <summary>
    /// Every scenario of the demo once, then proposals drawn by weight up to <see cref="Scale.ProposalsPerTownship"/>,
    /// all in the current term; closed ones spread back over the term.
    /// </summary>
    private async Task AddProposalsAsync(TownshipData data, Term current, SyntheticNames names, CancellationToken ct)
    {
        var moment = now ?? Now;
        var serving = data.Deputies.Where(d => d.TermId == current.Id && d.IsServing).ToList();
        var today = DateOnly.FromDateTime(moment.ToOffset(ProposalSetting.ChinaOffset).DateTime);
        var setting = new ProposalSetting(
            current,
            data.Sessions.Where(s => s.TermId == current.Id).ToList(),
            serving,
            serving.Select((d, i) => (d.Id, SyntheticNames.Village(i % 24))).ToDictionary(),
            data.Presidium.Where(p => p.TermId == current.Id).ToList(),
            data.Units,
            data.Township.Name,
            Calendar,
            moment,
            MaxShiftDays: Math.Max(0, today.DayNumber - current.StartsOn.DayNumber - 330));

        var drawn = new Dictionary<ProposalSeries, int>();
        var builder = new DemoProposalBuilder(setting, names.Random, (series, _) =>
        {
            drawn[series] = drawn.GetValueOrDefault(series) + 1;
            return Task.FromResult(drawn[series]);
        });
        var orders = DemoProposalBuilder.EveryScenario
            .Select(s => new ProposalOrder(s) { IsMotion = s == ProposalScenario.MotionConverted })
            .ToList();
        orders.AddRange(builder.DrawOrders(Scale.ProposalsPerTownship - orders.Count));
        data.Proposals.AddRange(await builder.BuildAsync(orders, ct));
        data.NumberSeries.AddRange(drawn.Select(s => new ProposalNumberSeriesRow
        {
            TownshipId = s.Key.TownshipId,
            TermId = s.Key.TermId,
            SessionPart = s.Key.SessionPart,
            KindLetter = s.Key.KindLetter,
            LastSequence = s.Value,
        }));
    }

    /// <summary>
    /// The first session when the term starts, then a regular one on 20 February of each later year of the term that
    /// has come (so the generator's current year has one, and the profiles count sessions attended); each lasts two days.
    /// </summary>
    private void AddSessions(TownshipData data, Term term)
    {
        for (var year = 0; ; year++)
        {
            var opened = year == 0 ? term.StartsOn : new DateOnly(term.StartsOn.Year + year, 2, 20);
            if (opened.AddDays(1) > term.EndsOn || opened.AddDays(1) >= Today)
            {
                break;
            }

            var session = CongressSession.Plan(term, data.Sessions.Count(s => s.TermId == term.Id) + 1);
            session.RecordDates(term, opened, opened.AddDays(1));
            data.Sessions.Add(session);
        }
    }

    /// <summary>
    /// 出席情况 of every closed session, through <see cref="CongressSession.RecordAttendance"/> as the secretary records
    /// it: about 88 % present, 7 % on leave (with a reason), 5 % absent, as in the demo data; a deputy whose mandate had
    /// ended by the opening is not listed. Its own random stream, so every other record is the same as without it.
    /// </summary>
    private void AddSessionAttendance(TownshipData data)
    {
        var random = new Random(unchecked(seed * 31 + (int)(long.Parse(data.Township.Code, CultureInfo.InvariantCulture) % 1_000_003)));
        foreach (var session in data.Sessions.Where(s => s.ClosedOn is { } closed && closed < Today))
        {
            var entries = data.Deputies
                .Where(d => d.TermId == session.TermId && (d.TerminatedOn is null || d.TerminatedOn > session.OpenedOn))
                .Select(d => random.Next(100) switch
                {
                    < 88 => new ParticipantDraft(d, Attendance.Present),
                    < 95 => new ParticipantDraft(d, Attendance.OnLeave, LeaveReasons[random.Next(LeaveReasons.Length)]),
                    _ => new ParticipantDraft(d, Attendance.Absent),
                })
                .ToList();
            session.RecordAttendance(entries);
        }
    }

    private static List<Deputy> AddDistrictsAndDeputies(TownshipData data, Term term, SyntheticNames names)
    {
        var deputies = new List<Deputy>();
        var taken = new HashSet<(string, DateOnly)>();
        for (var d = 0; d < Scale.DistrictsPerTerm; d++)
        {
            var seats = d < Scale.DeputiesPerTerm - (2 * Scale.DistrictsPerTerm) ? 3 : 2;
            var district = ElectoralDistrict.Create(term, $"第{d + 1}选区", names.Random.Next(1_500, 4_000), seats);
            data.Districts.Add(district);
            for (var s = 0; s < seats; s++)
            {
                var female = names.Chance(0.3);
                string name;
                DateOnly birth;
                do
                {
                    name = names.PersonName(female);
                    birth = new DateOnly(names.Random.Next(1960, 1995), names.Random.Next(1, 13), names.Random.Next(1, 29));
                }
                while (!taken.Add((name, birth)));

                var deputy = Deputy.Elect(district, new DeputyProfile(
                    name, female ? Gender.Female : Gender.Male, birth, names.Pick(Ethnicities),
                    names.Chance(0.62) ? PartyAffiliation.CpcMember : names.Chance(0.1) ? PartyAffiliation.DemocraticParty : PartyAffiliation.Masses,
                    names.Pick(Enum.GetValues<OccupationCategory>()), names.Pick(Enum.GetValues<Education>()),
                    names.MobilePhone(), names.Chance(0.33), names.Chance(0.08)));
                deputies.Add(deputy);
            }
        }

        // About one in fifty mandates ends early (work transfer, resignation).
        foreach (var deputy in deputies.Where((_, i) => i % 50 == 49))
        {
            deputy.TerminateMandate(term.StartsOn.AddYears(2), "工作调动", term.Period);
        }

        data.Deputies.AddRange(deputies);
        return deputies;
    }

    private static List<PresidiumMember> AddPresidium(TownshipData data, Term term, List<Deputy> deputies)
    {
        var posts = new[] { PresidiumPost.Chair, PresidiumPost.ViceChair }.Concat(Enumerable.Repeat(PresidiumPost.Member, Scale.PresidiumSize - 2));
        var presidium = deputies.Where(d => d.IsServing).Zip(posts, (deputy, post) => PresidiumMember.Appoint(term, deputy, post, term.StartsOn)).ToList();
        data.Presidium.AddRange(presidium);
        return presidium;
    }

    private static void AddGroups(TownshipData data, Term term, List<Deputy> deputies, List<PresidiumMember> presidium)
    {
        var serving = deputies.Where(d => d.IsServing).ToList();
        for (var g = 0; g < Scale.GroupsPerTerm; g++)
        {
            var members = serving.Where((_, i) => i % Scale.GroupsPerTerm == g).ToList();
            data.Groups.Add(RepresentativeGroup.Form(term, $"第{g + 1}代表小组", members, members[0], presidium[g % presidium.Count]));
        }
    }

    private static void AddConstituents(TownshipData data, Term current, SyntheticNames names)
    {
        var serving = data.Deputies.Where(d => d.TermId == current.Id && d.IsServing).ToList();
        var taken = new HashSet<(string, string, string)>();
        for (var i = 0; i < Scale.ConstituentsPerTownship; i++)
        {
            var village = SyntheticNames.Village(i % 24);
            string name, phone;
            do
            {
                name = names.PersonName(names.Chance(0.5));
                phone = names.MobilePhone();
            }
            while (!taken.Add((village, name, phone)));

            data.Constituents.Add(Constituent.AssignTo(
                serving[i % serving.Count], name, names.Chance(0.8) ? ConstituentKind.Voter : ConstituentKind.Household,
                village, names.Address(village), phone));
        }
    }
}
