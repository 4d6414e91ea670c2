using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Domain.Proposals;

namespace DeputyPortal.Application.Proposals.Statistics;

/// <summary>
/// The proposal statistics of every township and year the caller reads, as one SQL query (GROUP BY township, year):
/// whatever is composed on it ($filter, $orderby, $top; the annual report's township and year) runs in PostgreSQL too.
/// The context's query filters scope it like every other read.
/// </summary>
public static class ProposalStatisticsQuery
{
    public static IQueryable<ProposalYearStatistics> ByTownshipAndYear(IAppDbContext db, DateOnly today)
    {
        // One row per received proposal, with its township and its first reply (at most one: a round's reply is unique).
        var received =
            from p in db.Proposals
            where p.SubmittedOn != null
            join t in db.Townships on p.TownshipId equals t.Id
            from first in p.Replies.Where(r => r.Round == 1).DefaultIfEmpty()
            select new
            {
                p.TownshipId,
                t.Code,
                t.Name,
                p.SubmittedOn!.Value.Year,
                p.Kind,
                p.Status,
                Registered = p.RegisteredOn != null,
                Assigned = p.AssignedOn != null,
                Replied = p.LastRepliedOn != null,
                FirstOnTime = first != null && first.OnTime,
                OverdueNow = (p.Status == ProposalStatus.Assigned || p.Status == ProposalStatus.Rehandling) && p.DueOn < today,
                p.LastReplyClass,
                p.LastRating,
            };

        // The township's code and name are part of the key (one per township), so no join is needed after grouping.
        var counted =
            from r in received
            group r by new { r.TownshipId, r.Code, r.Name, r.Year } into g
            select new ProposalYearStatistics
            {
                TownshipId = g.Key.TownshipId,
                TownshipCode = g.Key.Code,
                TownshipName = g.Key.Name,
                Year = g.Key.Year,
                Received = g.Count(),
                Motions = g.Count(r => r.Kind == ProposalKind.Motion),
                Suggestions = g.Count(r => r.Kind == ProposalKind.Suggestion),
                Registered = g.Count(r => r.Registered),
                Rejected = g.Count(r => r.Status == ProposalStatus.Rejected),
                Assigned = g.Count(r => r.Assigned),
                Replied = g.Count(r => r.Replied),
                RepliedOnTime = g.Count(r => r.FirstOnTime),
                OverdueNow = g.Count(r => r.OverdueNow),
                ClassA = g.Count(r => r.LastReplyClass == ReplyClass.A),
                ClassB = g.Count(r => r.LastReplyClass == ReplyClass.B),
                ClassC = g.Count(r => r.LastReplyClass == ReplyClass.C),
                ClassD = g.Count(r => r.LastReplyClass == ReplyClass.D),
                Rated = g.Count(r => r.LastRating != null),
                Satisfied = g.Count(r => r.LastRating == Rating.Satisfied),
                BasicallySatisfied = g.Count(r => r.LastRating == Rating.BasicallySatisfied),
                Dissatisfied = g.Count(r => r.LastRating == Rating.Dissatisfied),
            };

        // The rates over the counts above, in the same statement; a rate of nothing is null, never 0 or NaN.
        return counted.Select(s => new ProposalYearStatistics
        {
            TownshipId = s.TownshipId,
            TownshipCode = s.TownshipCode,
            TownshipName = s.TownshipName,
            Year = s.Year,
            Received = s.Received,
            Motions = s.Motions,
            Suggestions = s.Suggestions,
            Registered = s.Registered,
            Rejected = s.Rejected,
            Assigned = s.Assigned,
            Replied = s.Replied,
            RepliedOnTime = s.RepliedOnTime,
            OnTimeRate = s.Replied == 0 ? null : Math.Round((decimal)s.RepliedOnTime / s.Replied, 4),
            OverdueNow = s.OverdueNow,
            ClassA = s.ClassA,
            ClassB = s.ClassB,
            ClassC = s.ClassC,
            ClassD = s.ClassD,
            Rated = s.Rated,
            Satisfied = s.Satisfied,
            BasicallySatisfied = s.BasicallySatisfied,
            Dissatisfied = s.Dissatisfied,
            SatisfactionRate = s.Rated == 0 ? null : Math.Round((decimal)(s.Satisfied + s.BasicallySatisfied) / s.Rated, 4),
        });
    }
}
