using DeputyPortal.Api.FunctionalTests.Support;
using DeputyPortal.Application.Proposals;
using DeputyPortal.Domain.Activities;
using DeputyPortal.Domain.Calendar;
using DeputyPortal.Domain.Proposals;
using DeputyPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DeputyPortal.Api.FunctionalTests.OData;

/// <summary>How far a crafted proposal got, each step on its own date.</summary>
/// <param name="Unit">Index of the township's unit that leads it.</param>
public sealed record ProposalPath(
    DateOnly SubmittedOn,
    ProposalKind Kind = ProposalKind.Suggestion,
    bool Rejected = false,
    bool Registered = true,
    DateOnly? AssignedOn = null,
    DateOnly? RepliedOn = null,
    ReplyClass ReplyClass = ReplyClass.A,
    Rating? Rating = null,
    int Unit = 0);

/// <summary>
/// Writes the records the feed's catalogue queries count, through the domain's own methods straight into the
/// database on the dates a test needs (the clock is fixed at 2026-06-15): proposals taken to any step, activities of
/// any kind with rectification items.
/// </summary>
public sealed class FeedHistory(PortalFactory portal)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(TestWorld.Now.Date);

    public async Task<Guid> ProposalAsync(TownWorld town, ProposalPath path)
    {
        using var scope = portal.SystemScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<AppDbContext>();
        var term = await db.Terms.SingleAsync(t => t.Id == town.Term.Id);
        var session = await db.CongressSessions.SingleAsync(s => s.Id == town.Session.Id);
        var lead = await db.Deputies.SingleAsync(d => d.Id == town.Deputy.Id);
        var coSignerIds = path.Kind == ProposalKind.Motion ? town.Deputies.Skip(1).Take(4).Select(d => d.Id).ToList() : [];
        var coSigners = await db.Deputies.Where(d => coSignerIds.Contains(d.Id)).ToListAsync();

        await using var transaction = await db.Database.BeginTransactionAsync();
        var proposal = Proposal.Draft(
            term, session, path.Kind, new ProposalText("关于改善村道照明的建议", "夜间照明不足。", "城乡建设"),
            lead, coSigners, ProposalRules.Default, StepOn(path.SubmittedOn));
        proposal.Submit(StepOn(path.SubmittedOn));
        if (path.Rejected)
        {
            proposal.Reject("不属于本级职权范围。", StepOn(path.SubmittedOn));
        }
        else if (path.Registered)
        {
            var series = proposal.SeriesIn(term, session);
            proposal.Register(series, await services.GetRequiredService<IProposalNumbering>().NextAsync(series, CancellationToken.None), StepOn(path.SubmittedOn));
            if (path.AssignedOn is { } assignedOn)
            {
                var unitId = town.Units[path.Unit].Id;
                proposal.Assign(
                    new ProposalAssignment(await db.HandlingUnits.SingleAsync(u => u.Id == unitId), [], false, null),
                    session, ProposalRules.Default, StepOn(assignedOn));
                if (path.RepliedOn is { } repliedOn)
                {
                    var committed = path.ReplyClass is ReplyClass.B or ReplyClass.C ? repliedOn.AddMonths(6) : (DateOnly?)null;
                    proposal.Reply(
                        unitId,
                        new ReplyDraft(path.ReplyClass, "已研究办理。", "王主任", committed, path.ReplyClass == ReplyClass.D ? "资金不足，暂缓实施。" : null),
                        new WorkingDayCalendar(await db.CalendarDays.AsNoTracking().ToListAsync()),
                        ProposalRules.Default,
                        StepOn(repliedOn));
                    if (path.Rating is { } rating)
                    {
                        proposal.Evaluate(lead.Id, rating, null, ProposalRules.Default, StepOn(repliedOn.AddDays(1)));
                    }
                }
            }
        }

        db.Proposals.Add(proposal);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return proposal.Id;
    }

    /// <summary>An activity of <paramref name="kind"/> on <paramref name="startsOn"/>, optionally organised by the township's group, with the first deputies present.</summary>
    public async Task<Guid> ActivityAsync(
        TownWorld town, ActivityKind kind, DateOnly startsOn, int present = 1, bool byGroup = false, params RectificationDraft[] rectifications)
    {
        using var scope = portal.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var term = await db.Terms.SingleAsync(t => t.Id == town.Term.Id);
        var group = byGroup ? await db.RepresentativeGroups.SingleAsync(g => g.Id == town.Group.Id) : null;
        var ids = town.Deputies.Take(present).Select(d => d.Id).ToList();
        var deputies = await db.Deputies.Where(d => ids.Contains(d.Id)).ToListAsync();
        var activity = Activity.Record(
            term,
            new ActivityDraft(kind, "活动", startsOn, startsOn, "镇政府", null, group, [],
                deputies.Select(d => new ParticipantDraft(d, Attendance.Present)).ToList(), []),
            Today);
        foreach (var draft in rectifications)
        {
            activity.AddRectificationItem(draft, await db.HandlingUnits.SingleAsync(u => u.Id == draft.ResponsibleUnitId), Today);
        }

        db.Activities.Add(activity);
        await db.SaveChangesAsync();
        return activity.Id;
    }

    private static ProposalStep StepOn(DateOnly date) =>
        new(new DateTimeOffset(date.ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(8)), date, null, "测试数据");
}
