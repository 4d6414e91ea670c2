using DeputyPortal.Application.Activities.List;
using DeputyPortal.Application.Common;
using DeputyPortal.Application.Common.Exceptions;
using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Application.Compliance;
using DeputyPortal.Application.Meetings.List;
using DeputyPortal.Application.Proposals.List;
using DeputyPortal.Application.Settings;
using DeputyPortal.Domain.Proposals;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace DeputyPortal.Application.Workbench;

/// <summary>
/// 工作台: the caller's township's work of the day for its secretary and its presidium members: proposals to register,
/// to assign (with R2's date) and to reassign, overdue and red ones, extensions to decide, ratings awaited, overdue
/// rectification items and decision follow-ups, and this quarter's compliance.
/// </summary>
[Authorize(Roles.TownshipSecretary, Roles.PresidiumMember)]
public sealed record GetWorkbench : IQuery<WorkbenchDto>;

/// <summary>Whether <see cref="GetWorkbenchHandler"/> keeps its answers (on by default; off to measure the uncached cost).</summary>
public sealed class WorkbenchOptions
{
    public const string Section = "Workbench";

    public bool Cache { get; set; } = true;
}

/// <summary>
/// Every count is <see cref="ProposalFilter.Apply"/> (or the activity and meeting filters) with the same request the
/// list is sent, counted in one SQL statement; the compliance answer is <see cref="TownshipCompliance"/>'s. The answer is
/// kept in memory under the township, the role, today and the newest audit entry's id: every write of a domain record
/// appends an audit entry in its own transaction (the ids are drawn in commit order, see the AuditChain migration), so
/// any write gives the next request a new key, and the new day does too. Each instance keeps its own copies; being keyed
/// by the data's version, none of them can answer from stale data.
/// </summary>
public sealed class GetWorkbenchHandler(
    IAppDbContext db, ICurrentUser user, TimeProvider clock, IMemoryCache cache, IOptions<WorkbenchOptions> options)
    : IQueryHandler<GetWorkbench, WorkbenchDto>
{
    private static readonly TimeSpan KeptFor = TimeSpan.FromMinutes(10);

    public async ValueTask<WorkbenchDto> Handle(GetWorkbench query, CancellationToken cancellationToken)
    {
        var townshipId = user.TownshipId ?? throw new NotFoundException("乡镇", Guid.Empty);
        var today = clock.TodayInChina();
        if (!options.Value.Cache)
        {
            return await BuildAsync(townshipId, today, cancellationToken);
        }

        var version = await db.AuditEntries.MaxAsync(a => (long?)a.Id, cancellationToken) ?? 0;
        var key = new Key(townshipId, user.Role, today, version);
        if (cache.TryGetValue(key, out WorkbenchDto? kept) && kept is not null)
        {
            return kept;
        }

        var built = await BuildAsync(townshipId, today, cancellationToken);
        cache.Set(key, built, KeptFor);
        return built;
    }

    private async Task<WorkbenchDto> BuildAsync(Guid townshipId, DateOnly today, CancellationToken ct)
    {
        var rules = await db.ProposalRuleBookAsync(ct);
        var red = rules.For(townshipId).RedWarningDays;
        var toRegister = new WorkbenchProposalCount("待立案", 0, new ListProposals(Status: ProposalStatus.Submitted, Sort: "submittedOn"));
        var toAssign = new WorkbenchProposalCount(
            "待交办", 0, new ListProposals(Status: ProposalStatus.Registered, AwaitingReassignment: false, Sort: "number"));
        var returned = new WorkbenchProposalCount("退回待重新交办", 0, new ListProposals(AwaitingReassignment: true, Sort: "number"));
        var overdue = new WorkbenchProposalCount("逾期未答复", 0, new ListProposals(Overdue: true, Sort: "dueOn"));
        WorkbenchProposalCount[] overdueByDays =
        [
            new("逾期1至7天", 0, new ListProposals(Overdue: true, DueFrom: today.AddDays(-7), Sort: "dueOn")),
            new("逾期8至30天", 0, new ListProposals(Overdue: true, DueFrom: today.AddDays(-30), DueTo: today.AddDays(-8), Sort: "dueOn")),
            new("逾期30天以上", 0, new ListProposals(Overdue: true, DueTo: today.AddDays(-31), Sort: "dueOn")),
        ];
        var redSoon = new WorkbenchProposalCount($"红灯（{red}天内到期）", 0, new ListProposals(Color: "red", Overdue: false, Sort: "dueOn"));
        var extensions = new WorkbenchProposalCount("延期待审批", 0, new ListProposals(ExtensionPending: true, Sort: "dueOn"));
        var ratings = new WorkbenchProposalCount("答复待代表评价", 0, new ListProposals(Status: ProposalStatus.Replied, Sort: "number"));
        WorkbenchProposalCount[] proposalCounts = [toRegister, toAssign, returned, overdue, .. overdueByDays, redSoon, extensions, ratings];

        var rectifications = new ListActivities(HasOverdueRectification: true);
        var decisions = new ListPresidiumMeetings(HasOverdueFollowUp: true);
        var counts = await CountAsync(townshipId, today, rules, proposalCounts.Select(c => c.Filter).ToList(), rectifications, decisions, ct);
        proposalCounts = [.. proposalCounts.Select((c, i) => c with { Count = counts.Proposals[i] })];

        return new WorkbenchDto(
            townshipId,
            counts.TownshipName,
            today,
            proposalCounts[0],
            proposalCounts[1],
            await SessionDeadlinesAsync(townshipId, today, rules, toRegister.Filter, toAssign.Filter, ct),
            proposalCounts[2],
            proposalCounts[3],
            proposalCounts[4..7],
            proposalCounts[7],
            proposalCounts[8],
            proposalCounts[9],
            new OverdueRectificationCount(counts.RectificationItems, counts.RectificationActivities, rectifications),
            new OverdueDecisionCount(counts.Decisions, counts.DecisionMeetings, decisions),
            await TownshipCompliance.EvaluateAsync(db, clock, townshipId, null, null, ct));
    }

    /// <summary>All counts in one statement: one scalar subquery each, over the lists' own filters.</summary>
    private async Task<Counts> CountAsync(
        Guid townshipId, DateOnly today, ProposalRuleBook rules, IReadOnlyList<ListProposals> filters,
        ListActivities rectifications, ListPresidiumMeetings decisions, CancellationToken ct)
    {
        var p = filters.Select(f => ProposalFilter.Apply(db.Proposals, f, today, rules)).ToArray();
        var items = db.Activities.SelectMany(a => a.RectificationItems).Where(OverdueFollowUps.Rectification(today));
        var activities = ActivityFilter.Apply(db.Activities, rectifications, today);
        var followUps = db.PresidiumMeetings.SelectMany(m => m.Decisions).Where(OverdueFollowUps.Decision(today));
        var overdueDecision = OverdueFollowUps.Decision(today);
        var meetings = db.PresidiumMeetings.Where(m => m.Decisions.AsQueryable().Any(overdueDecision));
        var (p0, p1, p2, p3, p4, p5, p6, p7, p8, p9) = (p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7], p[8], p[9]);

        var row = await db.Townships.AsNoTracking()
            .Where(t => t.Id == townshipId)
            .Select(t => new CountRow
            {
                TownshipName = t.Name,
                P0 = p0.Count(),
                P1 = p1.Count(),
                P2 = p2.Count(),
                P3 = p3.Count(),
                P4 = p4.Count(),
                P5 = p5.Count(),
                P6 = p6.Count(),
                P7 = p7.Count(),
                P8 = p8.Count(),
                P9 = p9.Count(),
                RectificationItems = items.Count(),
                RectificationActivities = activities.Count(),
                Decisions = followUps.Count(),
                DecisionMeetings = meetings.Count(),
            })
            .SingleOrDefaultAsync(ct) ?? throw new NotFoundException("乡镇", townshipId);
        return new Counts(
            row.TownshipName,
            [row.P0, row.P1, row.P2, row.P3, row.P4, row.P5, row.P6, row.P7, row.P8, row.P9],
            row.RectificationItems,
            row.RectificationActivities,
            row.Decisions,
            row.DecisionMeetings);
    }

    /// <summary>R2's date for each closed session that still has proposals to register or assign (the same filters as the counts).</summary>
    private async Task<IReadOnlyList<SessionAssignmentDeadline>> SessionDeadlinesAsync(
        Guid townshipId, DateOnly today, ProposalRuleBook rules, ListProposals toRegister, ListProposals toAssign, CancellationToken ct)
    {
        var waiting = await ProposalFilter.Apply(db.Proposals, toRegister, today, rules)
            .Select(p => new { p.SessionId, Registered = false })
            .Concat(ProposalFilter.Apply(db.Proposals, toAssign, today, rules).Select(p => new { p.SessionId, Registered = true }))
            .Where(p => p.SessionId != null)
            .GroupBy(p => new { p.SessionId, p.Registered })
            .Select(g => new { g.Key.SessionId, g.Key.Registered, Count = g.Count() })
            .ToListAsync(ct);
        if (waiting.Count == 0)
        {
            return [];
        }

        var ids = waiting.Select(w => w.SessionId!.Value).Distinct().ToList();
        var sessions = await db.CongressSessions.AsNoTracking().Where(s => ids.Contains(s.Id) && s.ClosedOn != null).ToListAsync(ct);
        var months = rules.For(townshipId).SessionAssignmentMonths;
        return [.. sessions
            .Select(s =>
            {
                var assignBy = s.ProposalsAssignedBy(months)!.Value;
                int Waiting(bool registered) => waiting.Where(w => w.SessionId == s.Id && w.Registered == registered).Sum(w => w.Count);
                return new SessionAssignmentDeadline(s.Id, s.Name, s.ClosedOn!.Value, assignBy, Waiting(false), Waiting(true), today > assignBy);
            })
            .OrderBy(d => d.AssignBy)];
    }

    private sealed record Key(Guid TownshipId, string? Role, DateOnly Today, long AuditVersion);

    private sealed record Counts(string TownshipName, int[] Proposals, int RectificationItems, int RectificationActivities, int Decisions, int DecisionMeetings);

    private sealed class CountRow
    {
        public string TownshipName { get; init; } = null!;

        public int P0 { get; init; }

        public int P1 { get; init; }

        public int P2 { get; init; }

        public int P3 { get; init; }

        public int P4 { get; init; }

        public int P5 { get; init; }

        public int P6 { get; init; }

        public int P7 { get; init; }

        public int P8 { get; init; }

        public int P9 { get; init; }

        public int RectificationItems { get; init; }

        public int RectificationActivities { get; init; }

        public int Decisions { get; init; }

        public int DecisionMeetings { get; init; }
    }
}
