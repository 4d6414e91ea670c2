using DeputyPortal.Api.FunctionalTests.Support;
using DeputyPortal.Application.Proposals;
using DeputyPortal.Domain.Calendar;
using DeputyPortal.Domain.Proposals;
using DeputyPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DeputyPortal.Api.FunctionalTests.Proposals;

/// <summary>
/// A replied proposal of any township with its steps dated in the past, written through the domain, for the
/// evaluation-window sweep that reads every township (<see cref="ProposalHistory"/> writes township A's only).
/// </summary>
public sealed class ReplyHistory(PortalFactory portal)
{
    /// <summary>A suggestion of <paramref name="town"/>'s deputy assigned to its first unit, replied on <paramref name="repliedOn"/>.</summary>
    public async Task<Guid> RepliedOnAsync(TownWorld town, DateOnly assignedOn, DateOnly repliedOn, ReplyClass resultClass = ReplyClass.A)
    {
        using var scope = portal.Services.CreateScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<AppDbContext>();
        var term = await db.Terms.SingleAsync(t => t.Id == town.Term.Id);
        var session = await db.CongressSessions.SingleAsync(s => s.Id == town.Session.Id);
        var lead = await db.Deputies.SingleAsync(d => d.Id == town.Deputy.Id);
        var unit = await db.HandlingUnits.SingleAsync(u => u.Id == town.Units[0].Id);
        var calendar = new WorkingDayCalendar(await db.CalendarDays.AsNoTracking().ToListAsync());
        var raisedOn = assignedOn.AddDays(-10);

        await using var transaction = await db.Database.BeginTransactionAsync();
        var proposal = Proposal.Draft(
            term, session, ProposalKind.Suggestion, new ProposalText("关于整治村道路灯的建议", "村道路灯损坏较多，夜间出行不便。", "城乡建设"),
            lead, [], ProposalRules.Default, StepOn(raisedOn));
        proposal.Submit(StepOn(raisedOn));
        var series = proposal.SeriesIn(term, session);
        proposal.Register(series, await services.GetRequiredService<IProposalNumbering>().NextAsync(series, CancellationToken.None), StepOn(raisedOn.AddDays(1)));
        proposal.Assign(new ProposalAssignment(unit, [], false, null), session, ProposalRules.Default, StepOn(assignedOn));
        proposal.Reply(
            unit.Id,
            new ReplyDraft(
                resultClass,
                "已安排维修路灯。",
                "李站长",
                resultClass is ReplyClass.B or ReplyClass.C ? repliedOn.AddMonths(6) : null,
                resultClass == ReplyClass.D ? "资金不足，暂缓实施。" : null),
            calendar,
            ProposalRules.Default,
            StepOn(repliedOn));
        db.Proposals.Add(proposal);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return proposal.Id;
    }

    private static ProposalStep StepOn(DateOnly date) =>
        new(new DateTimeOffset(date.ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(8)), date, null, "测试数据");
}
