using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Settings;
using DeputyPortal.Domain.Activities;
using DeputyPortal.Domain.Profiles;
using DeputyPortal.Domain.Reviews;
using Microsoft.EntityFrameworkCore;

namespace DeputyPortal.Application.Profiles;

/// <summary>One deputy's duty profile (履职档案) in a year: every component beside the score and the rank in the township.</summary>
public sealed record DutyProfileDto(
    Guid DeputyId,
    string DeputyName,
    Guid TownshipId,
    Guid DistrictId,
    string DistrictName,
    int Year,
    DateOnly From,
    DateOnly To,
    bool Terminated,
    int SessionsAttended,
    int PresidiumMeetingsAttended,
    int GroupActivitiesAttended,
    int GroupActivitiesMissed,
    int GroupActivitiesOnLeave,
    int SupervisionActivitiesAttended,
    int ProposalsLed,
    int ProposalsCoSigned,
    int ProposalsReplied,
    int ProposalsRated,
    int ContactsLogged,
    int ConstituentsReached,
    int ReceptionDays,
    int Trainings,
    ReviewOutcome? LatestReviewOutcome,
    decimal? LatestReviewSatisfactionRate,
    int Score,
    int Rank,
    int RankedAmong);

/// <summary>
/// The one place profiles are counted: a single SQL statement returns a row of counts per deputy (each component one
/// <c>GROUP BY</c> deputy over the year's rows of its source, nothing of the records loaded), the domain scores and
/// ranks the rows. The township is read through the caller's scope first (another township: 404); the counts then read
/// the township's records past the per-deputy filters, because a deputy's rank depends on the others' counts (only
/// their own row is shown).
/// </summary>
public static class DutyProfiles
{
    public static async Task<IReadOnlyList<DutyProfileDto>> ForTownshipAsync(IAppDbContext db, Guid townshipId, int year, CancellationToken ct)
    {
        var township = await db.Townships.AsNoTracking().GetAsync(townshipId, "乡镇", ct);
        var weights = (await db.SettingsForAsync(township.Id, ct)).DutyScore;
        var rows = await CountsQuery(db, year, township.Id).ToListAsync(ct);
        return Score(rows, weights, year);
    }

    /// <summary>Every township's profiles in a year, ranked within each township: one query for the counts, one for the settings.</summary>
    public static async Task<IReadOnlyList<DutyProfileDto>> ForAllTownshipsAsync(IAppDbContext db, int year, CancellationToken ct)
    {
        var rows = await CountsQuery(db, year).ToListAsync(ct);
        var stored = await db.TownshipSettings.AsNoTracking().Select(s => new { s.TownshipId, s.DutyScore }).ToListAsync(ct);
        var weights = stored.ToDictionary(s => s.TownshipId, s => s.DutyScore);
        return [.. rows.GroupBy(r => r.TownshipId)
            .SelectMany(g => Score([.. g], weights.GetValueOrDefault(g.Key) ?? DutyScoreWeights.Default, year))];
    }

    internal static IReadOnlyList<DutyProfileDto> Score(IReadOnlyList<CountRow> rows, DutyScoreWeights weights, int year)
    {
        var scores = rows.ToDictionary(r => r.DeputyId, r => DutyScore.Of(r.Counts, weights));
        var ranks = DutyScore.Rank(scores);
        return [.. rows.Select(r => new DutyProfileDto(
            r.DeputyId, r.DeputyName, r.TownshipId, r.DistrictId, r.DistrictName, year, r.From, r.To, r.TerminatedOn is not null && r.TerminatedOn <= r.To,
            r.SessionsAttended, r.PresidiumMeetingsAttended, r.GroupActivitiesAttended, r.GroupActivitiesMissed, r.GroupActivitiesOnLeave,
            r.SupervisionActivitiesAttended, r.ProposalsLed, r.ProposalsCoSigned, r.ProposalsReplied, r.ProposalsRated,
            r.ContactsLogged, r.ConstituentsReached, r.ReceptionDays, r.Trainings,
            r.LatestReviewOutcome, r.LatestReviewSatisfactionRate, scores[r.DeputyId], ranks[r.DeputyId], rows.Count))];
    }

    private static readonly ActivityKind[] SupervisionKinds = [.. Enum.GetValues<ActivityKind>().Where(k => k.IsSupervision())];

    /// <summary>
    /// The counts, per deputy whose term overlaps the year (of one township, or of all), over the year cut at the
    /// deputy's termination. Each component is one grouped subquery over the year's rows of its source (of the township
    /// when given, so the <c>(township_id, date)</c> indexes serve it), joined to the deputy's window for the exact
    /// edges, and left-joined to the deputies: one round trip, PostgreSQL reads each source once. Public so the
    /// benchmarks measure the very query the API runs.
    /// </summary>
    public static IQueryable<CountRow> CountsQuery(IAppDbContext db, int year, Guid? townshipId = null)
    {
        var yearStart = new DateOnly(year, 1, 1);
        var yearEnd = new DateOnly(year, 12, 31);
        var supervision = SupervisionKinds;
        var deputies = db.Deputies.IgnoreQueryFilters();
        var activities = db.Activities.IgnoreQueryFilters().Where(a => a.StartsOn >= yearStart && a.StartsOn <= yearEnd);
        var meetings = db.PresidiumMeetings.IgnoreQueryFilters().Where(m => m.HeldOn >= yearStart && m.HeldOn <= yearEnd);
        var sessions = db.CongressSessions.IgnoreQueryFilters().Where(s => s.OpenedOn >= yearStart && s.OpenedOn <= yearEnd);
        var proposals = db.Proposals.IgnoreQueryFilters().Where(p => p.SubmittedOn >= yearStart && p.SubmittedOn <= yearEnd);
        var contacts = db.ConstituentContacts.IgnoreQueryFilters().Where(c => c.ContactedOn >= yearStart && c.ContactedOn <= yearEnd);
        var reviews = db.PerformanceReviews.IgnoreQueryFilters().Where(r => r.HeldOn >= yearStart && r.HeldOn <= yearEnd);
        if (townshipId is { } id)
        {
            // Conditionally composed (not "@id IS NULL OR ..."), so each source's plan can use its township index.
            deputies = deputies.Where(d => d.TownshipId == id);
            activities = activities.Where(a => a.TownshipId == id);
            meetings = meetings.Where(m => m.TownshipId == id);
            sessions = sessions.Where(s => s.TownshipId == id);
            proposals = proposals.Where(p => p.TownshipId == id);
            contacts = contacts.Where(c => c.TownshipId == id);
            reviews = reviews.Where(r => r.TownshipId == id);
        }

        // Each deputy's days of the year: the year within the term, cut at the termination.
        var windows =
            from d in deputies
            join t in db.Terms.IgnoreQueryFilters() on d.TermId equals t.Id
            where t.StartsOn <= yearEnd && t.EndsOn >= yearStart && (d.TerminatedOn == null || d.TerminatedOn >= yearStart)
            let to = t.EndsOn < yearEnd ? t.EndsOn : yearEnd
            select new
            {
                Deputy = d,
                From = t.StartsOn > yearStart ? t.StartsOn : yearStart,
                To = d.TerminatedOn != null && d.TerminatedOn < to ? d.TerminatedOn!.Value : to,
            };

        // The sources are already cut to the year. Activities, sessions and meetings lie within their term and list only
        // deputies of that term (their factories refuse others), so a row is cut only at the deputy's termination: a
        // plain comparison after joining the deputy by key, so PostgreSQL reads the year's rows once and joins them by
        // hash (joined to the window's CASEs instead, it misjudged the rows and looped over activities × deputies).
        // Contacts and proposals carry no such guarantee, so they are held to the window, read per deputy on their
        // (deputy, date) index.
        var allDeputies = db.Deputies.IgnoreQueryFilters();

        // A deputy is listed at most once per activity (the domain refuses duplicates), so rows count activities.
        var participations =
            from a in activities
            from p in a.Participants
            join d in allDeputies on p.DeputyId equals d.Id
            where d.TerminatedOn == null || a.StartsOn <= d.TerminatedOn
            group new { a.Kind, Grouped = a.OrganizingGroupId != null, p.Attendance } by p.DeputyId into g
            select new
            {
                DeputyId = g.Key,
                GroupAttended = g.Count(x => x.Grouped && x.Attendance == Attendance.Present),
                GroupMissed = g.Count(x => x.Grouped && x.Attendance == Attendance.Absent),
                GroupOnLeave = g.Count(x => x.Grouped && x.Attendance == Attendance.OnLeave),
                Supervision = g.Count(x => supervision.Contains(x.Kind) && x.Attendance == Attendance.Present),
                Reception = g.Count(x => x.Kind == ActivityKind.ReceptionDay && x.Attendance == Attendance.Present),
                Training = g.Count(x => x.Kind == ActivityKind.Training && x.Attendance == Attendance.Present),
            };
        var sessionsAttended =
            from s in sessions
            from x in s.Attendance
            join d in allDeputies on x.DeputyId equals d.Id
            where x.Attendance == Attendance.Present && (d.TerminatedOn == null || s.OpenedOn <= d.TerminatedOn)
            group x by x.DeputyId into g
            select new { DeputyId = g.Key, Count = g.Count() };
        var meetingsAttended =
            from m in meetings
            from x in m.Attendance
            join d in allDeputies on x.DeputyId equals d.Id
            where x.Attendance == Attendance.Present && (d.TerminatedOn == null || m.HeldOn <= d.TerminatedOn)
            group x by x.DeputyId into g
            select new { DeputyId = g.Key, Count = g.Count() };
        var led =
            from p in proposals
            join w in windows on p.LeadDeputyId equals w.Deputy.Id
            where p.SubmittedOn >= w.From && p.SubmittedOn <= w.To
            group new { Replied = p.LastRepliedOn != null, Rated = p.LastRating != null } by p.LeadDeputyId into g
            select new { DeputyId = g.Key, Led = g.Count(), Replied = g.Count(x => x.Replied), Rated = g.Count(x => x.Rated) };
        var coSigned =
            from p in proposals
            from s in p.CoSigners
            join w in windows on s.DeputyId equals w.Deputy.Id
            where p.SubmittedOn >= w.From && p.SubmittedOn <= w.To
            group s by s.DeputyId into g
            select new { DeputyId = g.Key, Count = g.Count() };
        var logged =
            from c in contacts
            join w in windows on c.DeputyId equals w.Deputy.Id
            where c.ContactedOn >= w.From && c.ContactedOn <= w.To
            group c by c.DeputyId into g
            select new { DeputyId = g.Key, Count = g.Count() };
        var reached =
            from c in contacts
            from x in c.Constituents
            join w in windows on c.DeputyId equals w.Deputy.Id
            where c.ContactedOn >= w.From && c.ContactedOn <= w.To
            group x.ConstituentId by c.DeputyId into g
            select new { DeputyId = g.Key, Count = g.Distinct().Count() };

        return
            from w in windows
            join district in db.ElectoralDistricts.IgnoreQueryFilters() on w.Deputy.DistrictId equals district.Id
            join act in participations on w.Deputy.Id equals act.DeputyId into acts
            from act in acts.DefaultIfEmpty()
            join ses in sessionsAttended on w.Deputy.Id equals ses.DeputyId into sess
            from ses in sess.DefaultIfEmpty()
            join met in meetingsAttended on w.Deputy.Id equals met.DeputyId into mets
            from met in mets.DefaultIfEmpty()
            join pro in led on w.Deputy.Id equals pro.DeputyId into pros
            from pro in pros.DefaultIfEmpty()
            join cos in coSigned on w.Deputy.Id equals cos.DeputyId into coss
            from cos in coss.DefaultIfEmpty()
            join con in logged on w.Deputy.Id equals con.DeputyId into cons
            from con in cons.DefaultIfEmpty()
            join rea in reached on w.Deputy.Id equals rea.DeputyId into reas
            from rea in reas.DefaultIfEmpty()
            // A missing group reads as NULL columns (EF cannot test an anonymous row for null): hence (int?)x!.Count ?? 0.
            // The latest review is one row, not a count: a lookup per deputy on (deputy_id, held_on).
            let latest = reviews
                .Where(r => r.DeputyId == w.Deputy.Id && r.TermId == w.Deputy.TermId && r.HeldOn >= w.From && r.HeldOn <= w.To)
                .OrderByDescending(r => r.HeldOn).ThenByDescending(r => r.Id)
                .Select(r => new { Outcome = r.Outcome ?? r.ProposedOutcome, r.SatisfactionRate })
                .FirstOrDefault()
            select new CountRow
            {
                DeputyId = w.Deputy.Id,
                DeputyName = w.Deputy.Name,
                TownshipId = w.Deputy.TownshipId,
                TermId = w.Deputy.TermId,
                DistrictId = w.Deputy.DistrictId,
                DistrictName = district.Name,
                TerminatedOn = w.Deputy.TerminatedOn,
                From = w.From,
                To = w.To,
                SessionsAttended = (int?)ses!.Count ?? 0,
                PresidiumMeetingsAttended = (int?)met!.Count ?? 0,
                GroupActivitiesAttended = (int?)act!.GroupAttended ?? 0,
                GroupActivitiesMissed = (int?)act!.GroupMissed ?? 0,
                GroupActivitiesOnLeave = (int?)act!.GroupOnLeave ?? 0,
                SupervisionActivitiesAttended = (int?)act!.Supervision ?? 0,
                ReceptionDays = (int?)act!.Reception ?? 0,
                Trainings = (int?)act!.Training ?? 0,
                ProposalsLed = (int?)pro!.Led ?? 0,
                ProposalsCoSigned = (int?)cos!.Count ?? 0,
                ProposalsReplied = (int?)pro!.Replied ?? 0,
                ProposalsRated = (int?)pro!.Rated ?? 0,
                ContactsLogged = (int?)con!.Count ?? 0,
                ConstituentsReached = (int?)rea!.Count ?? 0,
                LatestReviewOutcome = latest == null ? null : latest.Outcome,
                LatestReviewSatisfactionRate = latest == null ? null : latest.SatisfactionRate,
            };
    }
}

/// <summary>A row of counts for one deputy in a year, as the profiles query returns it.</summary>
public sealed class CountRow
{
    public Guid DeputyId { get; init; }

    public string DeputyName { get; init; } = "";

    public Guid TownshipId { get; init; }

    public Guid TermId { get; init; }

    public Guid DistrictId { get; init; }

    public string DistrictName { get; init; } = "";

    public DateOnly? TerminatedOn { get; init; }

    public DateOnly From { get; init; }

    public DateOnly To { get; init; }

    public int SessionsAttended { get; init; }

    public int PresidiumMeetingsAttended { get; init; }

    public int GroupActivitiesAttended { get; init; }

    public int GroupActivitiesMissed { get; init; }

    public int GroupActivitiesOnLeave { get; init; }

    public int SupervisionActivitiesAttended { get; init; }

    public int ProposalsLed { get; init; }

    public int ProposalsCoSigned { get; init; }

    public int ProposalsReplied { get; init; }

    public int ProposalsRated { get; init; }

    public int ContactsLogged { get; init; }

    public int ConstituentsReached { get; init; }

    public int ReceptionDays { get; init; }

    public int Trainings { get; init; }

    public ReviewOutcome? LatestReviewOutcome { get; init; }

    public decimal? LatestReviewSatisfactionRate { get; init; }

    public DutyCounts Counts => new(
        SessionsAttended, PresidiumMeetingsAttended, GroupActivitiesAttended, GroupActivitiesMissed, GroupActivitiesOnLeave,
        SupervisionActivitiesAttended, ProposalsLed, ProposalsCoSigned, ProposalsReplied, ProposalsRated, ContactsLogged,
        ConstituentsReached, ReceptionDays, Trainings, LatestReviewOutcome, LatestReviewSatisfactionRate);
}
