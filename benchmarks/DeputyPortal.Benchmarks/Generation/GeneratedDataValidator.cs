using DeputyPortal.Domain.Common;
using DeputyPortal.Domain.Deputies;
using DeputyPortal.Domain.Presidium;
using DeputyPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DeputyPortal.Benchmarks.Generation;

/// <summary>
/// Reads generated data back and puts every record through the domain method that guards it, as if a secretary had
/// entered it; any rule it breaks is reported. Meant for the town scale (it loads everything).
/// </summary>
public sealed class GeneratedDataValidator(AppDbContext db)
{
    public async Task<IReadOnlyList<string>> ValidateAsync(CancellationToken ct)
    {
        var violations = new List<string>();
        var terms = await db.Terms.AsNoTracking().ToDictionaryAsync(t => t.Id, ct);
        var districts = await db.ElectoralDistricts.AsNoTracking().ToDictionaryAsync(d => d.Id, ct);
        var deputies = await db.Deputies.AsNoTracking().ToDictionaryAsync(d => d.Id, ct);
        var presidium = await db.PresidiumMembers.AsNoTracking().ToDictionaryAsync(p => p.Id, ct);

        foreach (var township in await db.Townships.AsNoTracking().ToListAsync(ct))
        {
            Check(violations, $"township {township.Code}", () => township.Update(township.Code, township.Name, township.County));
        }

        foreach (var term in terms.Values)
        {
            Check(violations, $"term {term.Id}", () => term.Reschedule(term.StartsOn, term.EndsOn, term.ElectedOn));
        }

        foreach (var session in await db.CongressSessions.AsNoTracking().ToListAsync(ct))
        {
            Check(violations, $"session {session.Id}", () => session.RecordDates(terms[session.TermId], session.OpenedOn, session.ClosedOn));
        }

        foreach (var district in districts.Values)
        {
            Check(violations, $"district {district.Id}", () => district.Update(district.Name, district.VoterCount, district.Seats));
        }

        foreach (var deputy in deputies.Values)
        {
            Check(violations, $"deputy {deputy.Id}", () =>
            {
                var district = districts[deputy.DistrictId];
                Deputy.Elect(district, deputy.Profile);
                deputy.MoveTo(district);
            });
        }

        foreach (var member in presidium.Values)
        {
            Check(violations, $"presidium member {member.Id}", () =>
                PresidiumMember.Appoint(terms[member.TermId], deputies[member.DeputyId], member.Post, member.ServesFrom));
        }

        foreach (var group in await db.RepresentativeGroups.AsNoTracking().ToListAsync(ct))
        {
            var members = group.Members.Select(m => deputies[m.DeputyId]).ToList();
            var liaison = group.LiaisonPresidiumMemberId is { } id ? presidium[id] : null;
            Check(violations, $"group {group.Id}", () => group.Reorganize(group.Name, members, deputies[group.LeaderDeputyId], liaison));
        }

        var constituentsPerDeputy = new Dictionary<Guid, int>();
        await foreach (var constituent in db.Constituents.AsNoTracking().AsAsyncEnumerable().WithCancellation(ct))
        {
            Check(violations, $"constituent {constituent.Id}", () => constituent.Reassign(deputies[constituent.DeputyId]));
            constituentsPerDeputy[constituent.DeputyId] = constituentsPerDeputy.GetValueOrDefault(constituent.DeputyId) + 1;
        }

        // R7: every serving deputy of a current term keeps in touch with at least ten constituents.
        var today = new DateOnly(2026, 11, 23);
        foreach (var deputy in deputies.Values.Where(d => d.IsServing && terms[d.TermId].IsCurrentOn(today)))
        {
            if (constituentsPerDeputy.GetValueOrDefault(deputy.Id) < 10)
            {
                violations.Add($"deputy {deputy.Id}: R7 fewer than 10 assigned constituents");
            }
        }

        return violations;
    }

    private static void Check(List<string> violations, string record, Action recheck)
    {
        try
        {
            recheck();
        }
        catch (DomainRuleException rule)
        {
            violations.Add($"{record}: {rule.Rule} {rule.Message}");
        }
    }
}
