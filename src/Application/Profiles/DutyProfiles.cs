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
/// The one place profiles are counted: a single SQL query returns a row of counts per deputy of the township (each
/// count a correlated subquery, nothing of the records loaded), the domain scores and ranks the rows. The township
/// is read through the caller's scope first (another township: 404); the counts then read the township's records
/// past the per-deputy filters, because a deputy's rank depends on the others' counts (only their own row is shown).
/// </summary>
public static class DutyProfiles
{
    public static async Task<IReadOnlyList<DutyProfileDto>> ForTownshipAsync(IAppDbContext db, Guid townshipId, int year, CancellationToken ct)
    {
        var township = await db.Townships.AsNoTracking().GetAsync(townshipId, "乡镇", ct);
        var weights = (await db.SettingsForAsync(township.Id, ct)).DutyScore;
        var rows = await CountsQuery(db, year).Where(r => r.TownshipId == township.Id).ToListAsync(ct);
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
    /// The counts, per deputy whose term overlaps the year, over the year cut at the deputy's termination. Public so
    /// the benchmarks measure the very query the API runs.
    /// </summary>
    public static IQueryable<CountRow> CountsQuery(IAppDbContext db, int year)
    {
        var yearStart = new DateOnly(year, 1, 1);
        var yearEnd = new DateOnly(year, 12, 31);
        var supervision = SupervisionKinds;
        var activities = db.Activities.IgnoreQueryFilters();
        var meetings = db.PresidiumMeetings.IgnoreQueryFilters();
        var proposals = db.Proposals.IgnoreQueryFilters();
        var contacts = db.ConstituentContacts.IgnoreQueryFilters();
        var reviews = db.PerformanceReviews.IgnoreQueryFilters();
        var sessions = db.CongressSessions.IgnoreQueryFilters();

        return
            from d in db.Deputies.IgnoreQueryFilters()
            join t in db.Terms.IgnoreQueryFilters() on d.TermId equals t.Id
            join district in db.ElectoralDistricts.IgnoreQueryFilters() on d.DistrictId equals district.Id
            where t.StartsOn <= yearEnd && t.EndsOn >= yearStart && (d.TerminatedOn == null || d.TerminatedOn >= yearStart)
            let start = t.StartsOn > yearStart ? t.StartsOn : yearStart
            let to0 = t.EndsOn < yearEnd ? t.EndsOn : yearEnd
            let to = d.TerminatedOn != null && d.TerminatedOn < to0 ? d.TerminatedOn!.Value : to0
            let latest = reviews
                .Where(r => r.DeputyId == d.Id && r.TermId == d.TermId && r.HeldOn >= start && r.HeldOn <= to)
                .OrderByDescending(r => r.HeldOn).ThenByDescending(r => r.Id)
                .Select(r => new { Outcome = r.Outcome ?? r.ProposedOutcome, r.SatisfactionRate })
                .FirstOrDefault()
            select new CountRow
            {
                DeputyId = d.Id,
                DeputyName = d.Name,
                TownshipId = d.TownshipId,
                DistrictId = d.DistrictId,
                DistrictName = district.Name,
                TerminatedOn = d.TerminatedOn,
                From = start,
                To = to,
                SessionsAttended = sessions.Count(s => s.TermId == d.TermId && s.OpenedOn >= start && s.OpenedOn <= to
                    && s.Attendance.Any(x => x.DeputyId == d.Id && x.Attendance == Attendance.Present)),
                PresidiumMeetingsAttended = meetings.Count(m => m.TermId == d.TermId && m.HeldOn >= start && m.HeldOn <= to
                    && m.Attendance.Any(x => x.DeputyId == d.Id && x.Attendance == Attendance.Present)),
                GroupActivitiesAttended = activities.Count(a => a.TermId == d.TermId && a.OrganizingGroupId != null && a.StartsOn >= start && a.StartsOn <= to
                    && a.Participants.Any(p => p.DeputyId == d.Id && p.Attendance == Attendance.Present)),
                GroupActivitiesMissed = activities.Count(a => a.TermId == d.TermId && a.OrganizingGroupId != null && a.StartsOn >= start && a.StartsOn <= to
                    && a.Participants.Any(p => p.DeputyId == d.Id && p.Attendance == Attendance.Absent)),
                GroupActivitiesOnLeave = activities.Count(a => a.TermId == d.TermId && a.OrganizingGroupId != null && a.StartsOn >= start && a.StartsOn <= to
                    && a.Participants.Any(p => p.DeputyId == d.Id && p.Attendance == Attendance.OnLeave)),
                SupervisionActivitiesAttended = activities.Count(a => a.TermId == d.TermId && supervision.Contains(a.Kind) && a.StartsOn >= start && a.StartsOn <= to
                    && a.Participants.Any(p => p.DeputyId == d.Id && p.Attendance == Attendance.Present)),
                ReceptionDays = activities.Count(a => a.TermId == d.TermId && a.Kind == ActivityKind.ReceptionDay && a.StartsOn >= start && a.StartsOn <= to
                    && a.Participants.Any(p => p.DeputyId == d.Id && p.Attendance == Attendance.Present)),
                Trainings = activities.Count(a => a.TermId == d.TermId && a.Kind == ActivityKind.Training && a.StartsOn >= start && a.StartsOn <= to
                    && a.Participants.Any(p => p.DeputyId == d.Id && p.Attendance == Attendance.Present)),
                ProposalsLed = proposals.Count(p => p.LeadDeputyId == d.Id && p.SubmittedOn >= start && p.SubmittedOn <= to),
                ProposalsCoSigned = proposals.Count(p => p.SubmittedOn >= start && p.SubmittedOn <= to && p.CoSigners.Any(s => s.DeputyId == d.Id)),
                ProposalsReplied = proposals.Count(p => p.LeadDeputyId == d.Id && p.SubmittedOn >= start && p.SubmittedOn <= to && p.LastRepliedOn != null),
                ProposalsRated = proposals.Count(p => p.LeadDeputyId == d.Id && p.SubmittedOn >= start && p.SubmittedOn <= to && p.LastRating != null),
                ContactsLogged = contacts.Count(c => c.DeputyId == d.Id && c.ContactedOn >= start && c.ContactedOn <= to),
                ConstituentsReached = contacts
                    .Where(c => c.DeputyId == d.Id && c.ContactedOn >= start && c.ContactedOn <= to)
                    .SelectMany(c => c.Constituents)
                    .Select(x => x.ConstituentId)
                    .Distinct()
                    .Count(),
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
