using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Domain.Compliance;
using DeputyPortal.Domain.Deputies;
using DeputyPortal.Domain.Reviews;
using Microsoft.EntityFrameworkCore;

namespace DeputyPortal.Application.Compliance.Terms;

/// <summary>The reviews (述职评议, R5) a deputy held in one calendar year of their term, and the latest one's day.</summary>
public sealed record VoterReportCount(Guid DeputyId, int Year, int Reports, DateOnly LastReportedOn);

/// <summary>The contacts (R7) a deputy logged in one quarter of their term.</summary>
public sealed record TermContactCount(Guid DeputyId, int Year, int Quarter, int Contacts);

/// <summary>
/// The per-term facts counted in SQL for any number of deputies or terms in one statement each: the REST answers
/// (one deputy, one term) and the OData feed (every deputy and term in scope) read them from here, so they count
/// the same records the same way.
/// </summary>
internal static class TermCounts
{
    /// <summary>
    /// R10: each term's deputies (everyone elected for it) and how many each share counts, ages on the election day
    /// (the term's start when none is recorded). The tests of <see cref="TermStructure"/>'s shares, in SQL.
    /// </summary>
    public static async Task<Dictionary<Guid, StructureCounts>> StructureAsync(IAppDbContext db, IQueryable<Guid> termIds, CancellationToken ct)
    {
        var rows = await (
                from d in db.Deputies.AsNoTracking()
                join t in db.Terms.AsNoTracking() on d.TermId equals t.Id
                where termIds.Contains(d.TermId)
                select new
                {
                    d.TermId,
                    Women = d.Gender == Gender.Female,
                    NonCpc = d.Party != PartyAffiliation.CpcMember,
                    d.IsReelected,
                    Grassroots = d.Occupation == OccupationCategory.Worker || d.Occupation == OccupationCategory.Farmer || d.Occupation == OccupationCategory.Professional,
                    Officials = d.Occupation == OccupationCategory.PartyGovernmentLeader,
                    EnterpriseHeads = d.Occupation == OccupationCategory.BusinessManager,
                    Minority = d.Ethnicity.Trim() != TermStructure.Han,

                    // Under 40 on the day ages are taken: the fortieth birthday is still to come.
                    UnderForty = d.BirthDate.AddYears(TermStructure.YouthAge) > (t.ElectedOn ?? t.StartsOn),
                })
            .GroupBy(d => d.TermId)
            .Select(g => new
            {
                TermId = g.Key,
                Total = g.Count(),
                Women = g.Count(d => d.Women),
                NonCpc = g.Count(d => d.NonCpc),
                Reelected = g.Count(d => d.IsReelected),
                Grassroots = g.Count(d => d.Grassroots),
                Officials = g.Count(d => d.Officials),
                EnterpriseHeads = g.Count(d => d.EnterpriseHeads),
                Minorities = g.Count(d => d.Minority),
                UnderForty = g.Count(d => d.UnderForty),
            })
            .ToListAsync(ct);
        return rows.ToDictionary(r => r.TermId, r => new StructureCounts(r.Total, new Dictionary<string, int>
        {
            [TermStructure.Women] = r.Women,
            [TermStructure.NonCpc] = r.NonCpc,
            [TermStructure.Reelected] = r.Reelected,
            [TermStructure.Grassroots] = r.Grassroots,
            [TermStructure.Officials] = r.Officials,
            [TermStructure.EnterpriseHeads] = r.EnterpriseHeads,
            [TermStructure.EthnicMinorities] = r.Minorities,
            [TermStructure.UnderForty] = r.UnderForty,
        }));
    }

    /// <summary>
    /// R5: the deputies' reviews in their own term, from its start to its end or the end of their mandate, by
    /// calendar year: a yearly period is one year of them, the term's period all of them.
    /// </summary>
    public static Task<List<VoterReportCount>> VoterReportsAsync(IAppDbContext db, IQueryable<Guid> deputyIds, CancellationToken ct) =>
        (
            from r in db.PerformanceReviews.AsNoTracking()
            join d in db.Deputies.AsNoTracking() on r.DeputyId equals d.Id
            join t in db.Terms.AsNoTracking() on d.TermId equals t.Id
            where deputyIds.Contains(d.Id) && r.TermId == d.TermId && r.HeldOn >= t.StartsOn && r.HeldOn <= t.EndsOn
                && (d.TerminatedOn == null || r.HeldOn <= d.TerminatedOn)
            select new { r.DeputyId, r.HeldOn })
        .GroupBy(r => new { r.DeputyId, r.HeldOn.Year })
        .Select(g => new VoterReportCount(g.Key.DeputyId, g.Key.Year, g.Count(), g.Max(r => r.HeldOn)))
        .ToListAsync(ct);

    /// <summary>R5 in each period of the term begun by today, from the yearly counts of <see cref="VoterReportsAsync"/>.</summary>
    public static IReadOnlyList<(ReportingPeriod Period, DeputyVoterReport Report)> VoterReportsOf(
        TermFact term, VoterReportPeriod setting, ReportingDeputyFact deputy, IEnumerable<VoterReportCount> counts, DateOnly today)
    {
        var byYear = counts.Where(c => c.DeputyId == deputy.Id).ToList();
        return [.. VoterReportCompliance.Periods(term, setting)
            .Where(p => p.Start <= today)
            .Select(p =>
            {
                var inPeriod = byYear.Where(c => p.Year is null || c.Year == p.Year).ToList();
                return (Period: p, Report: VoterReportCompliance.OfDeputy(
                    p, deputy, inPeriod.Sum(c => c.Reports), inPeriod.Count == 0 ? null : inPeriod.Max(c => c.LastReportedOn), today));
            })
            .Where(p => p.Report is not null)
            .Select(p => (p.Period, p.Report!))];
    }

    /// <summary>R7 over the deputies' own terms: contacts from the term's start to its end, today, or the end of their mandate, by quarter.</summary>
    public static Task<List<TermContactCount>> ContactsAsync(IAppDbContext db, IQueryable<Guid> deputyIds, DateOnly today, CancellationToken ct) =>
        (
            from c in db.ConstituentContacts.AsNoTracking()
            join d in db.Deputies.AsNoTracking() on c.DeputyId equals d.Id
            join t in db.Terms.AsNoTracking() on d.TermId equals t.Id
            where deputyIds.Contains(d.Id) && c.ContactedOn >= t.StartsOn && c.ContactedOn <= t.EndsOn && c.ContactedOn <= today
                && (d.TerminatedOn == null || c.ContactedOn <= d.TerminatedOn)
            select new { c.DeputyId, c.ContactedOn })
        .GroupBy(c => new { c.DeputyId, c.ContactedOn.Year, Quarter = ((c.ContactedOn.Month - 1) / 3) + 1 })
        .Select(g => new TermContactCount(g.Key.DeputyId, g.Key.Year, g.Key.Quarter, g.Count()))
        .ToListAsync(ct);
}
