using DeputyPortal.Api.FunctionalTests.Support;
using DeputyPortal.Application.Proposals;
using DeputyPortal.Domain.Calendar;
using DeputyPortal.Domain.Proposals;
using DeputyPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DeputyPortal.Api.FunctionalTests.Proposals;

/// <summary>
/// Writes proposals whose steps were taken on earlier dates, through the domain methods, for tests that need a
/// history the fixed clock (2026-06-15) cannot produce through the API: a deadline near or past, a reply whose
/// evaluation window has run out.
/// </summary>
public sealed class ProposalHistory(PortalFactory portal)
{
    private TestWorld World => portal.World;

    /// <summary>
    /// A suggestion of a township's deputy (township A's deputy.a unless another is named), assigned on
    /// <paramref name="assignedOn"/> to the township's first unit (unit.a's in A).
    /// </summary>
    public Task<Guid> AssignedOnAsync(
        DateOnly assignedOn, bool complex = false, bool key = false, string category = "农业农村", TownWorld? town = null)
    {
        var township = town ?? World.A;
        return WriteAsync(township, assignedOn, (proposal, db, step) => proposal.Assign(
            new ProposalAssignment(
                db.HandlingUnits.Single(u => u.Id == township.Units[0].Id),
                [],
                complex,
                key ? db.PresidiumMembers.Single(m => m.Id == township.Chair.Id) : null),
            db.CongressSessions.Single(s => s.Id == township.Session.Id),
            ProposalRules.Default,
            step(assignedOn)), category);
    }

    /// <summary>Assigned on <paramref name="assignedOn"/> and replied by the township's first unit on <paramref name="repliedOn"/>.</summary>
    public async Task<Guid> RepliedOnAsync(DateOnly assignedOn, DateOnly repliedOn, ReplyClass resultClass = ReplyClass.A, TownWorld? town = null)
    {
        var township = town ?? World.A;
        var id = await AssignedOnAsync(assignedOn, town: township);
        await ChangeAsync(id, (proposal, db, step) => proposal.Reply(
            township.Units[0].Id,
            new ReplyDraft(
                resultClass,
                "经实地查看，已安排资金修缮。",
                "王主任",
                resultClass is ReplyClass.B or ReplyClass.C ? repliedOn.AddMonths(6) : null,
                resultClass == ReplyClass.D ? "资金不足，暂缓实施。" : null),
            new WorkingDayCalendar(db.CalendarDays.AsNoTracking().ToList()),
            ProposalRules.Default,
            step(repliedOn)));
        return id;
    }

    /// <summary>Takes one more dated step on a proposal written earlier.</summary>
    public async Task ChangeAsync(Guid id, Action<Proposal, AppDbContext, Func<DateOnly, ProposalStep>> change)
    {
        using var scope = portal.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var proposal = await db.Proposals.AsSplitQuery().SingleAsync(p => p.Id == id);
        change(proposal, db, StepOn);
        await db.SaveChangesAsync();
    }

    private async Task<Guid> WriteAsync(
        TownWorld town, DateOnly assignedOn, Action<Proposal, AppDbContext, Func<DateOnly, ProposalStep>> assign, string category)
    {
        using var scope = portal.SystemScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<AppDbContext>();
        var term = await db.Terms.SingleAsync(t => t.Id == town.Term.Id);
        var session = await db.CongressSessions.SingleAsync(s => s.Id == town.Session.Id);
        var lead = await db.Deputies.SingleAsync(d => d.Id == town.Deputy.Id);
        var raisedOn = assignedOn.AddDays(-10);

        await using var transaction = await db.Database.BeginTransactionAsync();
        var proposal = Proposal.Draft(
            term, session, ProposalKind.Suggestion, new ProposalText("关于修缮茶亭村机耕道的建议", "机耕道年久失修。", category),
            lead, [], ProposalRules.Default, StepOn(raisedOn));
        proposal.Submit(StepOn(raisedOn));
        var series = proposal.SeriesIn(term, session);
        proposal.Register(series, await services.GetRequiredService<IProposalNumbering>().NextAsync(series, CancellationToken.None), StepOn(raisedOn.AddDays(1)));
        assign(proposal, db, StepOn);
        db.Proposals.Add(proposal);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return proposal.Id;
    }

    private static ProposalStep StepOn(DateOnly date) =>
        new(new DateTimeOffset(date.ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(8)), date, null, "测试数据");
}
