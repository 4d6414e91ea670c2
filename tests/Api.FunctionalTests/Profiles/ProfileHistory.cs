using DeputyPortal.Api.FunctionalTests.Support;
using DeputyPortal.Domain.Activities;
using DeputyPortal.Domain.Contacts;
using DeputyPortal.Domain.Deputies;
using DeputyPortal.Domain.Groups;
using DeputyPortal.Domain.Proposals;
using DeputyPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DeputyPortal.Api.FunctionalTests.Profiles;

/// <summary>Writes the records a duty profile counts (activities with attendance, contacts, proposals, a second group, a termination) through the domain straight into the database.</summary>
public sealed class ProfileHistory(PortalFactory portal)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(TestWorld.Now.DateTime);

    public async Task<Guid> ActivityAsync(TownWorld town, ActivityKind kind, DateOnly on, bool byGroup, params (Deputy Deputy, Attendance Attendance)[] participants)
    {
        await using var scope = portal.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var term = await db.Terms.SingleAsync(t => t.Id == town.Term.Id);
        var group = byGroup ? await db.RepresentativeGroups.SingleAsync(g => g.Id == town.Group.Id) : null;
        var ids = participants.Select(p => p.Deputy.Id).ToList();
        var deputies = await db.Deputies.Where(d => ids.Contains(d.Id)).ToDictionaryAsync(d => d.Id);
        var activity = Activity.Record(
            term,
            new ActivityDraft(
                kind, "履职测试活动", on, on, "村委会", null, group, [],
                participants.Select(p => new ParticipantDraft(deputies[p.Deputy.Id], p.Attendance, p.Attendance == Attendance.OnLeave ? "外出务工" : null)).ToList(), []),
            Today);
        db.Activities.Add(activity);
        await db.SaveChangesAsync();
        return activity.Id;
    }

    public async Task SecondGroupAsync(TownWorld town, params Deputy[] members)
    {
        await using var scope = portal.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var term = await db.Terms.SingleAsync(t => t.Id == town.Term.Id);
        var ids = members.Select(d => d.Id).ToList();
        var deputies = await db.Deputies.Where(d => ids.Contains(d.Id)).ToListAsync();
        db.RepresentativeGroups.Add(RepresentativeGroup.Form(term, "第二代表小组", deputies, deputies[0], null));
        await db.SaveChangesAsync();
    }

    public async Task ContactAsync(TownWorld town, Deputy deputy, DateOnly on, ContactChannel channel = ContactChannel.Visit, params int[] constituentIndexes)
    {
        await using var scope = portal.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var stored = await db.Deputies.SingleAsync(d => d.Id == deputy.Id);
        var ids = town.ConstituentsOf(deputy).Where((_, i) => constituentIndexes.Contains(i)).Select(c => c.Id).ToList();
        var constituents = await db.Constituents.Where(c => ids.Contains(c.Id)).ToListAsync();
        db.ConstituentContacts.Add(ConstituentContact.Log(
            stored, constituents, constituents.Count == 0 ? "村民王某" : null, on, channel, "了解村道修缮情况。", [], Today));
        await db.SaveChangesAsync();
    }

    public async Task ProposalAsync(TownWorld town, Deputy lead, DateOnly submittedOn, params Deputy[] coSigners)
    {
        await using var scope = portal.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var term = await db.Terms.SingleAsync(t => t.Id == town.Term.Id);
        var storedLead = await db.Deputies.SingleAsync(d => d.Id == lead.Id);
        var ids = coSigners.Select(d => d.Id).ToList();
        var signers = await db.Deputies.Where(d => ids.Contains(d.Id)).ToListAsync();
        var step = new ProposalStep(new DateTimeOffset(submittedOn.ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(8)), submittedOn, null, "测试数据");
        var proposal = Proposal.Draft(
            term, null, ProposalKind.Suggestion, new ProposalText("关于修缮村道的建议", "村道年久失修。", "城乡建设"), storedLead, signers, ProposalRules.Default, step);
        proposal.Submit(step);
        db.Proposals.Add(proposal);
        await db.SaveChangesAsync();
    }

    public async Task TerminateAsync(TownWorld town, Deputy deputy, DateOnly on)
    {
        await using var scope = portal.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var term = await db.Terms.SingleAsync(t => t.Id == town.Term.Id);
        var stored = await db.Deputies.SingleAsync(d => d.Id == deputy.Id);
        stored.TerminateMandate(on, "调离本行政区域", term.Period);
        await db.SaveChangesAsync();
    }
}
