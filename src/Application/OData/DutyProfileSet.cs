using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Profiles;
using DeputyPortal.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace DeputyPortal.Application.OData;

/// <summary>
/// DutyProfiles, evaluated set-wise: for each year asked, the profiles' own counting query
/// (<see cref="DutyProfiles.CountsQuery"/>) runs once for every township of the caller's scope that the query's
/// dimensions admit, and the rows are scored and ranked per township by the domain (<see cref="DutyProfiles.Score"/>,
/// each township's weights): the same figures as GET /townships/{id}/profiles?year=.
/// </summary>
public sealed class DutyProfileSet(IAppDbContext db, DateOnly today)
{
    /// <summary>
    /// The years asked: those the slice admits between the first year of a term in scope and today's; the current year
    /// alone when the query restricts no year (a set of every deputy in every year would count ten years to read one).
    /// </summary>
    public async Task<IReadOnlyList<DutyProfileItem>> EvaluateAsync(ComplianceSlice slice, CancellationToken ct)
    {
        // Read through the caller's query filters: a secretary's or presidium member's scope is their township. The
        // counting query reads past the filters (a rank depends on every deputy of the township), so it is held to these.
        var townships = await ComplianceSets.Restrict(db.Townships.AsNoTracking(), slice, t => t.Id, t => t.Code, t => t.Name)
            .Select(t => new { t.Id, t.Code, t.Name })
            .ToListAsync(ct);
        var ids = townships.Select(t => t.Id).ToList();
        var terms = await db.Terms.AsNoTracking()
            .Where(t => ids.Contains(t.TownshipId))
            .Select(t => new { t.Id, t.Number, t.StartsOn })
            .ToListAsync(ct);
        if (terms.Count == 0)
        {
            return [];
        }

        var restricted = slice.FromYear is not null || slice.ToYear is not null;
        var first = restricted ? Math.Max(slice.FromYear ?? int.MinValue, terms.Min(t => t.StartsOn.Year)) : today.Year;
        var last = restricted ? Math.Min(slice.ToYear ?? today.Year, today.Year) : today.Year;
        if (first > last)
        {
            return [];
        }

        var stored = await db.TownshipSettings.AsNoTracking()
            .Where(s => ids.Contains(s.TownshipId))
            .Select(s => new { s.TownshipId, s.DutyScore })
            .ToDictionaryAsync(s => s.TownshipId, s => s.DutyScore, ct);
        var byId = townships.ToDictionary(t => t.Id);
        var termNumbers = terms.ToDictionary(t => t.Id, t => t.Number);
        var items = new List<DutyProfileItem>();
        for (var year = first; year <= last; year++)
        {
            // One township: composed with its id, so each source's plan uses its township index (as the REST answer's).
            var counts = ids.Count == 1 ? DutyProfiles.CountsQuery(db, year, ids[0]) : DutyProfiles.CountsQuery(db, year).Where(r => ids.Contains(r.TownshipId));
            var rows = await counts.ToListAsync(ct);
            var termOf = rows.ToDictionary(r => r.DeputyId, r => r.TermId);
            foreach (var township in rows.GroupBy(r => r.TownshipId))
            {
                var weights = stored.GetValueOrDefault(township.Key) ?? TownshipSettings.DefaultsFor(township.Key).DutyScore;
                var t = byId[township.Key];
                items.AddRange(DutyProfiles.Score([.. township], weights, year).Select(p => new DutyProfileItem
                {
                    DeputyId = p.DeputyId,
                    Year = p.Year,
                    DeputyName = p.DeputyName,
                    TownshipId = t.Id,
                    TownshipCode = t.Code,
                    TownshipName = t.Name,
                    TermId = termOf[p.DeputyId],
                    TermNumber = termNumbers.GetValueOrDefault(termOf[p.DeputyId]),
                    DistrictId = p.DistrictId,
                    DistrictName = p.DistrictName,
                    From = p.From,
                    To = p.To,
                    Terminated = p.Terminated,
                    SessionsAttended = p.SessionsAttended,
                    PresidiumMeetingsAttended = p.PresidiumMeetingsAttended,
                    GroupActivitiesAttended = p.GroupActivitiesAttended,
                    GroupActivitiesMissed = p.GroupActivitiesMissed,
                    GroupActivitiesOnLeave = p.GroupActivitiesOnLeave,
                    SupervisionActivitiesAttended = p.SupervisionActivitiesAttended,
                    ProposalsLed = p.ProposalsLed,
                    ProposalsCoSigned = p.ProposalsCoSigned,
                    ProposalsReplied = p.ProposalsReplied,
                    ProposalsRated = p.ProposalsRated,
                    ContactsLogged = p.ContactsLogged,
                    ConstituentsReached = p.ConstituentsReached,
                    ReceptionDays = p.ReceptionDays,
                    Trainings = p.Trainings,
                    LatestReviewOutcome = p.LatestReviewOutcome,
                    LatestReviewSatisfactionRate = p.LatestReviewSatisfactionRate,
                    Score = p.Score,
                    Rank = p.Rank,
                    RankedAmong = p.RankedAmong,
                }));
            }
        }

        return items;
    }
}
