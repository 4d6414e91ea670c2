using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Compliance.Quarterly;
using DeputyPortal.Application.Compliance.Terms;
using DeputyPortal.Domain.Common;
using DeputyPortal.Domain.Compliance;
using DeputyPortal.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace DeputyPortal.Application.OData;

/// <summary>
/// The feed's computed compliance sets, evaluated set-wise: the facts are counted in SQL, grouped by township and
/// quarter (or deputy, or term), for every township of the caller's scope that the query's dimensions admit, in a
/// fixed number of statements however many townships and quarters there are; the statuses are then decided by the
/// domain's evaluators, the same as the REST answers'. Each set is a few hundred or thousand small rows, on which
/// the feed applies the query options.
/// </summary>
public sealed class ComplianceSets(IAppDbContext db, DateOnly today)
{
    /// <summary>QuarterlyCompliance: every township × quarter from the township's first term's start to today's quarter.</summary>
    public async Task<IReadOnlyList<QuarterlyComplianceItem>> QuarterlyAsync(ComplianceSlice slice, CancellationToken ct)
    {
        var townships = await TownshipsAsync(slice, ct);
        var ids = townships.Select(t => t.Id).ToList();
        var terms = await TermsAsync(ids, ct);
        var current = Quarter.Of(today);
        var grid = (
            from t in townships
            let first = terms.Where(x => x.TownshipId == t.Id).Select(x => (DateOnly?)x.StartsOn).Min()
            where first is not null
            from q in Quarters(Quarter.Of(first.Value), current)
            where slice.AdmitsYear(q.Year) && slice.AdmitsQuarter(q.Number)
            select (Township: t, Quarter: q)).ToList();
        if (grid.Count == 0)
        {
            return [];
        }

        var (from, to) = (grid.Min(g => g.Quarter.Start), grid.Max(g => g.Quarter.End));
        var settings = await SettingsAsync(ids, ct);
        var replies = (await QuarterlyCounts.RepliesAsync(db, ids, from, to, today, ct)).ToDictionary(c => c.Key);
        var sessions = (await QuarterlyCounts.ClosedSessionsAsync(db, ids, from, to, ct)).ToDictionary(c => c.Key);
        var assignments = (await QuarterlyCounts.SessionAssignmentsAsync(db, ids, from, to, today, ct)).ToDictionary(c => c.Key);
        var meetings = (await QuarterlyCounts.MeetingsAsync(db, ids, from, to, ct)).ToDictionary(c => c.Key);
        var groups = (await QuarterlyCounts.GroupsAsync(db, ids, ct)).ToLookup(g => g.TownshipId);
        var groupActivities = (await QuarterlyCounts.GroupActivitiesAsync(db, ids, from, to, ct)).ToDictionary(c => (c.GroupId, c.Year, c.Quarter), c => c.Activities);
        var deputies = (await QuarterlyCounts.DeputiesAsync(db, ids, ct)).ToLookup(d => d.TownshipId);
        var constituents = await QuarterlyCounts.ActiveConstituentsAsync(db, db.Deputies.Where(d => ids.Contains(d.TownshipId)).Select(d => d.Id), ct);
        var contacts = (await QuarterlyCounts.ContactsAsync(db, ids, from, to, ct)).ToDictionary(c => (c.DeputyId, c.Year, c.Quarter), c => c.Contacts);

        return [.. grid.Select(cell =>
        {
            var (t, q) = cell;
            var key = new TownshipQuarter(t.Id, q.Year, q.Number);
            var stored = settings.GetValueOrDefault(t.Id) ?? TownshipSettings.DefaultsFor(t.Id);
            var rules = stored.Compliance;
            var termIds = terms.Where(x => x.TownshipId == t.Id && x.Fact.Overlaps(q.Start, q.End)).Select(x => x.Id).ToHashSet();

            var r1 = replies.GetValueOrDefault(key);
            var replyTally = QuarterlyTallies.RepliesOnTime(r1?.Due ?? 0, r1?.OnTime ?? 0, r1?.EarliestMissedDue, r1?.LatestDue, today);

            var closed = sessions.GetValueOrDefault(key);
            var r2 = assignments.GetValueOrDefault(key);
            var latestAssignmentDue = r2?.LatestDue ?? closed?.LastClosedOn.AddMonths(stored.SessionAssignmentMonths) ?? q.End;
            var assignmentTally = QuarterlyTallies.SessionProposalsAssigned(
                closed?.Sessions ?? 0, r2?.Proposals ?? 0, r2?.OnTime ?? 0, r2?.EarliestMissedDue, latestAssignmentDue, today);

            var r3 = meetings.GetValueOrDefault(key);
            var meetingTally = QuarterlyTallies.RegularMeetingsHeld(q, rules.RegularMeetingsPerQuarter, r3?.Counted ?? 0, r3?.Held ?? 0, today);

            var heldGroups = groups[t.Id].Where(g => termIds.Contains(g.TermId)).ToList();
            var activeGroups = heldGroups.Count(g => groupActivities.GetValueOrDefault((g.Id, q.Year, q.Number)) >= rules.GroupActivitiesPerQuarter);
            var groupTally = QuarterlyTallies.GroupsActive(q, heldGroups.Count, activeGroups, today);

            var heldDeputies = deputies[t.Id].Where(d => termIds.Contains(d.TermId) && (d.TerminatedOn is null || d.TerminatedOn > q.End)).ToList();
            var inTouch = heldDeputies.Count(d =>
                contacts.GetValueOrDefault((d.Id, q.Year, q.Number)) >= rules.ContactsPerDeputyPerQuarter
                && constituents.GetValueOrDefault(d.Id) >= rules.MinimumConstituentsPerDeputy);
            var contactTally = QuarterlyTallies.DeputiesInTouch(q, heldDeputies.Count, inTouch, today);

            return new QuarterlyComplianceItem
            {
                TownshipId = t.Id,
                TownshipCode = t.Code,
                TownshipName = t.Name,
                Year = q.Year,
                Quarter = q.Number,
                QuarterStart = q.Start,
                QuarterEnd = q.End,
                IsCurrent = q == current,
                R1Status = replyTally.Status,
                R1Required = replyTally.Required,
                R1Counted = replyTally.Counted,
                R1Total = replyTally.Total,
                R1Offenders = replyTally.Total - replyTally.Counted,
                R2Status = assignmentTally.Status,
                R2Required = assignmentTally.Required,
                R2Counted = assignmentTally.Counted,
                R2Total = assignmentTally.Total,
                R2Offenders = assignmentTally.Total - assignmentTally.Counted,
                R3Status = meetingTally.Status,
                R3Required = meetingTally.Required,
                R3Counted = meetingTally.Counted,
                R3Total = meetingTally.Total,
                R3Offenders = meetingTally.Total - meetingTally.Counted,
                R4Status = groupTally.Status,
                R4Required = groupTally.Required,
                R4Counted = groupTally.Counted,
                R4Total = groupTally.Total,
                R4Offenders = groupTally.Total - groupTally.Counted,
                R7Status = contactTally.Status,
                R7Required = contactTally.Required,
                R7Counted = contactTally.Counted,
                R7Total = contactTally.Total,
                R7Offenders = contactTally.Total - contactTally.Counted,
            };
        })];
    }

    /// <summary>DeputyCompliance: every deputy of every term, R5 in each period begun and R7 in each quarter up to today or the mandate's end.</summary>
    public async Task<IReadOnlyList<DeputyComplianceItem>> DeputiesAsync(ComplianceSlice slice, CancellationToken ct)
    {
        var scoped =
            from d in db.Deputies.AsNoTracking()
            join t in db.Townships.AsNoTracking() on d.TownshipId equals t.Id
            join term in db.Terms.AsNoTracking() on d.TermId equals term.Id
            select new { Deputy = d, Township = t, Term = term };
        scoped = Restrict(scoped, slice, x => x.Township.Id, x => x.Township.Code, x => x.Township.Name);
        if (slice.TermIds is { } termIds)
        {
            var asked = termIds.ToArray();
            scoped = scoped.Where(x => asked.Contains(x.Term.Id));
        }

        if (slice.FromTermNumber is { } fromNumber)
        {
            scoped = scoped.Where(x => x.Term.Number >= fromNumber);
        }

        if (slice.ToTermNumber is { } toNumber)
        {
            scoped = scoped.Where(x => x.Term.Number <= toNumber);
        }

        var rows = await scoped
            .Select(x => new
            {
                x.Deputy.Id,
                x.Deputy.Name,
                x.Deputy.TerminatedOn,
                TownshipId = x.Township.Id,
                TownshipCode = x.Township.Code,
                TownshipName = x.Township.Name,
                TermId = x.Term.Id,
                x.Term.Number,
                x.Term.StartsOn,
                x.Term.EndsOn,
                x.Term.ElectedOn,
            })
            .ToListAsync(ct);
        if (rows.Count == 0)
        {
            return [];
        }

        var deputyIds = scoped.Select(x => x.Deputy.Id);
        var settings = await SettingsAsync([.. rows.Select(r => r.TownshipId).Distinct()], ct);
        var reports = (await TermCounts.VoterReportsAsync(db, deputyIds, ct)).ToLookup(c => c.DeputyId);
        var contacts = (await TermCounts.ContactsAsync(db, deputyIds, today, ct)).ToDictionary(c => (c.DeputyId, c.Year, c.Quarter), c => c.Contacts);
        var constituents = await QuarterlyCounts.ActiveConstituentsAsync(db, deputyIds, ct);

        return [.. rows.Select(r =>
        {
            var stored = settings.GetValueOrDefault(r.TownshipId) ?? TownshipSettings.DefaultsFor(r.TownshipId);
            var term = new TermFact(r.TermId, TermName(r.Number), r.StartsOn, r.EndsOn, r.ElectedOn);
            var reporting = new ReportingDeputyFact(r.Id, r.Name, r.TerminatedOn);
            var voterReports = TermCounts.VoterReportsOf(term, stored.VoterReports.Period, reporting, reports[r.Id], today);

            var rules = stored.Compliance;
            var active = constituents.GetValueOrDefault(r.Id);
            var last = new[] { today, r.EndsOn, r.TerminatedOn ?? DateOnly.MaxValue }.Min();
            var quarters = new List<ComplianceStatus>();
            for (var q = Quarter.Of(r.StartsOn); q.Start <= last; q = TermCompliance.Next(q))
            {
                // DeputiesInTouch holds a deputy to a quarter when still in office at its end.
                if (r.TerminatedOn is null || r.TerminatedOn > q.End)
                {
                    var inTouch = contacts.GetValueOrDefault((r.Id, q.Year, q.Number)) >= rules.ContactsPerDeputyPerQuarter
                        && active >= rules.MinimumConstituentsPerDeputy;
                    quarters.Add(QuarterlyTallies.DeputiesInTouch(q, 1, inTouch ? 1 : 0, today).Status);
                }
            }

            var r5 = voterReports.Select(v => v.Report.Status).ToList();
            return new DeputyComplianceItem
            {
                DeputyId = r.Id,
                DeputyName = r.Name,
                TownshipId = r.TownshipId,
                TownshipCode = r.TownshipCode,
                TownshipName = r.TownshipName,
                TermId = r.TermId,
                TermNumber = r.Number,
                TermStartsOn = r.StartsOn,
                TermEndsOn = r.EndsOn,
                IsCurrentTerm = r.StartsOn <= today && today <= r.EndsOn,
                TerminatedOn = r.TerminatedOn,
                Status = ComplianceStatuses.Overall(r5.Concat(quarters)),
                R5Status = ComplianceStatuses.Overall(r5),
                R5Periods = r5.Count,
                R5PeriodsMet = r5.Count(s => s == ComplianceStatus.Met),
                R5PeriodsBreached = r5.Count(s => s == ComplianceStatus.Breached),
                R5Reports = voterReports.Sum(v => v.Report.Reports),
                R5LastReportedOn = voterReports.Max(v => v.Report.LastReportedOn),
                R5DueBy = voterReports.Count == 0 ? null : voterReports[^1].Report.DueBy,
                R7Status = ComplianceStatuses.Overall(quarters),
                R7Quarters = quarters.Count,
                R7QuartersMet = quarters.Count(s => s == ComplianceStatus.Met),
                R7QuartersBreached = quarters.Count(s => s == ComplianceStatus.Breached),
                R7QuartersPending = quarters.Count(s => s == ComplianceStatus.Pending),
                ActiveConstituents = active,
            };
        })];
    }

    /// <summary>TermStructures: every term of every township, R10 against the township's targets and its previous term (number − 1).</summary>
    public async Task<IReadOnlyList<TermStructureItem>> TermStructuresAsync(ComplianceSlice slice, CancellationToken ct)
    {
        var townships = await TownshipsAsync(slice, ct);
        var ids = townships.Select(t => t.Id).ToList();
        var terms = await TermsAsync(ids, ct);
        var asked = terms.Where(t => slice.AdmitsTerm(t.Id, t.Number)).ToList();
        if (asked.Count == 0)
        {
            return [];
        }

        var settings = await SettingsAsync(ids, ct);
        var counts = await TermCounts.StructureAsync(db, db.Terms.Where(t => ids.Contains(t.TownshipId)).Select(t => t.Id), ct);
        var byId = townships.ToDictionary(t => t.Id);
        return [.. asked.Select(term =>
        {
            var township = byId[term.TownshipId];
            var previous = terms.FirstOrDefault(t => t.TownshipId == term.TownshipId && t.Number == term.Number - 1);
            var targets = (settings.GetValueOrDefault(term.TownshipId) ?? TownshipSettings.DefaultsFor(term.TownshipId)).TermStructure;
            var outcome = TermStructure.Evaluate(
                term.Fact, TermCompliance.CountsOf(counts, term.Id), previous?.Fact, previous is null ? null : TermCompliance.CountsOf(counts, previous.Id), targets);
            var share = outcome.Shares.ToDictionary(s => s.Key);
            var flag = outcome.Flags.ToDictionary(f => f.Key, f => f.Status);
            return new TermStructureItem
            {
                TermId = term.Id,
                TownshipId = township.Id,
                TownshipCode = township.Code,
                TownshipName = township.Name,
                TermNumber = term.Number,
                TermStartsOn = term.StartsOn,
                TermEndsOn = term.Fact.EndsOn,
                IsCurrentTerm = term.StartsOn <= today && today <= term.Fact.EndsOn,
                AgeOn = outcome.AgeOn,
                Deputies = outcome.Deputies,
                PreviousTermId = previous?.Id,
                PreviousDeputies = outcome.PreviousDeputies,
                WomenCount = share[TermStructure.Women].Count,
                WomenPercent = share[TermStructure.Women].Percent,
                WomenPreviousCount = share[TermStructure.Women].PreviousCount,
                WomenPreviousPercent = share[TermStructure.Women].PreviousPercent,
                WomenChange = share[TermStructure.Women].Change,
                NonCpcCount = share[TermStructure.NonCpc].Count,
                NonCpcPercent = share[TermStructure.NonCpc].Percent,
                NonCpcPreviousCount = share[TermStructure.NonCpc].PreviousCount,
                NonCpcPreviousPercent = share[TermStructure.NonCpc].PreviousPercent,
                NonCpcChange = share[TermStructure.NonCpc].Change,
                ReelectedCount = share[TermStructure.Reelected].Count,
                ReelectedPercent = share[TermStructure.Reelected].Percent,
                ReelectedPreviousCount = share[TermStructure.Reelected].PreviousCount,
                ReelectedPreviousPercent = share[TermStructure.Reelected].PreviousPercent,
                ReelectedChange = share[TermStructure.Reelected].Change,
                GrassrootsCount = share[TermStructure.Grassroots].Count,
                GrassrootsPercent = share[TermStructure.Grassroots].Percent,
                GrassrootsPreviousCount = share[TermStructure.Grassroots].PreviousCount,
                GrassrootsPreviousPercent = share[TermStructure.Grassroots].PreviousPercent,
                GrassrootsChange = share[TermStructure.Grassroots].Change,
                OfficialsCount = share[TermStructure.Officials].Count,
                OfficialsPercent = share[TermStructure.Officials].Percent,
                OfficialsPreviousCount = share[TermStructure.Officials].PreviousCount,
                OfficialsPreviousPercent = share[TermStructure.Officials].PreviousPercent,
                OfficialsChange = share[TermStructure.Officials].Change,
                EnterpriseHeadsCount = share[TermStructure.EnterpriseHeads].Count,
                EnterpriseHeadsPercent = share[TermStructure.EnterpriseHeads].Percent,
                EnterpriseHeadsPreviousCount = share[TermStructure.EnterpriseHeads].PreviousCount,
                EnterpriseHeadsPreviousPercent = share[TermStructure.EnterpriseHeads].PreviousPercent,
                EnterpriseHeadsChange = share[TermStructure.EnterpriseHeads].Change,
                EthnicMinoritiesCount = share[TermStructure.EthnicMinorities].Count,
                EthnicMinoritiesPercent = share[TermStructure.EthnicMinorities].Percent,
                EthnicMinoritiesPreviousCount = share[TermStructure.EthnicMinorities].PreviousCount,
                EthnicMinoritiesPreviousPercent = share[TermStructure.EthnicMinorities].PreviousPercent,
                EthnicMinoritiesChange = share[TermStructure.EthnicMinorities].Change,
                UnderFortyCount = share[TermStructure.UnderForty].Count,
                UnderFortyPercent = share[TermStructure.UnderForty].Percent,
                UnderFortyPreviousCount = share[TermStructure.UnderForty].PreviousCount,
                UnderFortyPreviousPercent = share[TermStructure.UnderForty].PreviousPercent,
                UnderFortyChange = share[TermStructure.UnderForty].Change,
                NonCpcFlag = flag[TermStructure.NonCpc],
                ReelectedFlag = flag[TermStructure.Reelected],
                WomenFlag = flag.TryGetValue(TermStructure.Women, out var women) ? women : null,
                OfficialsFlag = flag.TryGetValue(TermStructure.Officials, out var officials) ? officials : null,
            };
        })];
    }

    private static string TermName(int number) => $"第{ChineseNumerals.Of(number)}届";

    private static IEnumerable<Quarter> Quarters(Quarter first, Quarter last)
    {
        for (var q = first; q.Start <= last.Start; q = TermCompliance.Next(q))
        {
            yield return q;
        }
    }

    internal static IQueryable<T> Restrict<T>(
        IQueryable<T> query, ComplianceSlice slice,
        System.Linq.Expressions.Expression<Func<T, Guid>> id,
        System.Linq.Expressions.Expression<Func<T, string>> code,
        System.Linq.Expressions.Expression<Func<T, string>> name)
    {
        if (slice.TownshipIds is { } ids)
        {
            query = query.Where(Contains(id, ids.ToArray()));
        }

        if (slice.TownshipCodes is { } codes)
        {
            query = query.Where(Contains(code, codes.ToArray()));
        }

        if (slice.TownshipNames is { } names)
        {
            query = query.Where(Contains(name, names.ToArray()));
        }

        return query;
    }

    private static System.Linq.Expressions.Expression<Func<T, bool>> Contains<T, TKey>(System.Linq.Expressions.Expression<Func<T, TKey>> key, TKey[] values)
    {
        var contains = System.Linq.Expressions.Expression.Call(
            typeof(Enumerable), nameof(Enumerable.Contains), [typeof(TKey)], System.Linq.Expressions.Expression.Constant(values), key.Body);
        return System.Linq.Expressions.Expression.Lambda<Func<T, bool>>(contains, key.Parameters);
    }

    private async Task<List<TownshipRow>> TownshipsAsync(ComplianceSlice slice, CancellationToken ct) =>
        await Restrict(db.Townships.AsNoTracking(), slice, t => t.Id, t => t.Code, t => t.Name)
            .Select(t => new TownshipRow(t.Id, t.Code, t.Name))
            .ToListAsync(ct);

    private async Task<List<TermRow>> TermsAsync(List<Guid> townshipIds, CancellationToken ct) =>
        (await db.Terms.AsNoTracking()
            .Where(t => townshipIds.Contains(t.TownshipId))
            .Select(t => new { t.Id, t.TownshipId, t.Number, t.StartsOn, t.EndsOn, t.ElectedOn })
            .ToListAsync(ct))
        .Select(t => new TermRow(t.Id, t.TownshipId, t.Number, t.StartsOn, new TermFact(t.Id, TermName(t.Number), t.StartsOn, t.EndsOn, t.ElectedOn)))
        .ToList();

    private async Task<Dictionary<Guid, TownshipSettings>> SettingsAsync(List<Guid> townshipIds, CancellationToken ct) =>
        await db.TownshipSettings.AsNoTracking().Where(s => townshipIds.Contains(s.TownshipId)).ToDictionaryAsync(s => s.TownshipId, ct);

    private sealed record TownshipRow(Guid Id, string Code, string Name);

    private sealed record TermRow(Guid Id, Guid TownshipId, int Number, DateOnly StartsOn, TermFact Fact);
}
