using DeputyPortal.Domain.Activities;
using DeputyPortal.Domain.Common;
using DeputyPortal.Domain.Constituents;
using DeputyPortal.Domain.Contacts;
using DeputyPortal.Domain.Deputies;
using DeputyPortal.Domain.HandlingUnits;
using DeputyPortal.Domain.Presidium;
using DeputyPortal.Domain.Proposals;
using DeputyPortal.Domain.Sessions;
using DeputyPortal.Domain.Terms;
using DeputyPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DeputyPortal.Benchmarks.Generation;

/// <summary>
/// Reads generated data back and puts every record through the domain method that guards it, as if a secretary had
/// entered it; any rule it breaks is reported. Meant for the town scale (it loads everything).
/// </summary>
public sealed partial class GeneratedDataValidator(AppDbContext db)
{
    public async Task<IReadOnlyList<string>> ValidateAsync(CancellationToken ct)
    {
        var violations = new List<string>();
        var terms = await db.Terms.AsNoTracking().ToDictionaryAsync(t => t.Id, ct);
        var districts = await db.ElectoralDistricts.AsNoTracking().ToDictionaryAsync(d => d.Id, ct);
        var presidium = await db.PresidiumMembers.AsNoTracking().ToDictionaryAsync(p => p.Id, ct);

        foreach (var township in await db.Townships.AsNoTracking().ToListAsync(ct))
        {
            Check(violations, $"township {township.Code}", () => township.Update(township.Code, township.Name, township.County));
        }

        foreach (var term in terms.Values)
        {
            Check(violations, $"term {term.Id}", () => term.Reschedule(term.StartsOn, term.EndsOn, term.ElectedOn));
        }

        var sessions = await db.CongressSessions.AsNoTracking().ToDictionaryAsync(s => s.Id, ct);
        foreach (var session in sessions.Values)
        {
            Check(violations, $"session {session.Id}", () => session.RecordDates(terms[session.TermId], session.OpenedOn, session.ClosedOn));
        }

        var deputies = await db.Deputies.AsNoTracking().ToDictionaryAsync(d => d.Id, ct);
        foreach (var session in sessions.Values.Where(s => s.Attendance.Count > 0))
        {
            Check(violations, $"session {session.Id} attendance", () =>
            {
                Rule.Require(session.ClosedOn is not null, "Generated.AttendanceOfClosedSession", "未闭幕的会议登记了出席情况。");
                Rule.Require(
                    session.Attendance.All(a => deputies[a.DeputyId].TerminatedOn is not { } ended || ended > session.OpenedOn),
                    "Generated.AttendeeServing",
                    "出席人员在会议开幕前已终止代表资格。");
                session.RecordAttendance([.. session.Attendance.Select(a => new ParticipantDraft(deputies[a.DeputyId], a.Attendance, a.LeaveReason))]);
            });
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

        var groups = await db.RepresentativeGroups.AsNoTracking().ToDictionaryAsync(g => g.Id, ct);
        foreach (var group in groups.Values)
        {
            var members = group.Members.Select(m => deputies[m.DeputyId]).ToList();
            var liaison = group.LiaisonPresidiumMemberId is { } id ? presidium[id] : null;
            Check(violations, $"group {group.Id}", () => group.Reorganize(group.Name, members, deputies[group.LeaderDeputyId], liaison));
        }

        var constituentsPerDeputy = new Dictionary<Guid, int>();
        var constituents = new Dictionary<Guid, Constituent>();
        await foreach (var constituent in db.Constituents.AsNoTracking().AsAsyncEnumerable().WithCancellation(ct))
        {
            constituents[constituent.Id] = constituent;
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

        var units = await db.HandlingUnits.AsNoTracking().ToDictionaryAsync(u => u.Id, ct);
        var world = new World(terms, sessions, deputies, presidium, units);
        var sequences = new Dictionary<(Guid TownshipId, Guid TermId, string Series), List<int>>();
        await foreach (var proposal in db.Proposals.AsNoTracking().AsAsyncEnumerable().WithCancellation(ct))
        {
            Check(violations, $"proposal {proposal.Number ?? proposal.Id.ToString()}", () => Recheck(proposal, world));
            if (proposal.Number is { } number)
            {
                // 18-2-J007: the series is everything up to the kind letter; the sequence may run past three digits.
                var key = (proposal.TownshipId, proposal.TermId, number[..(number.LastIndexOf('-') + 2)]);
                sequences.TryAdd(key, []);
                sequences[key].Add(proposal.Sequence!.Value);
            }
        }

        // Numbers are consecutive from 1 in every series, and the series row stands at the last one drawn.
        var series = await db.ProposalNumberSeries.AsNoTracking().ToListAsync(ct);
        foreach (var ((townshipId, termId, prefix), drawn) in sequences)
        {
            drawn.Sort();
            if (!drawn.SequenceEqual(Enumerable.Range(1, drawn.Count)))
            {
                violations.Add($"series {prefix} of township {townshipId}: numbers are not 1..{drawn.Count} without gaps");
            }

            var row = series.SingleOrDefault(s => s.TownshipId == townshipId && s.TermId == termId && prefix.EndsWith($"-{s.SessionPart}-{s.KindLetter}", StringComparison.Ordinal));
            if (row?.LastSequence != drawn.Count)
            {
                violations.Add($"series {prefix} of township {townshipId}: series row stands at {row?.LastSequence}, {drawn.Count} numbers drawn");
            }
        }

        await foreach (var contact in db.ConstituentContacts.AsNoTracking().AsAsyncEnumerable().WithCancellation(ct))
        {
            Check(violations, $"contact {contact.Id}", () => ConstituentContact.Log(
                deputies[contact.DeputyId], contact.Constituents.Select(c => constituents[c.ConstituentId]).ToList(), contact.OtherPerson,
                contact.ContactedOn, contact.Channel, contact.Summary, contact.Concerns.Select(c => c.Text).ToList(), today));
        }

        await ValidateRecordsAsync(violations, new World(terms, sessions, deputies, presidium, units), districts, groups, today, ct);
        return violations;
    }

    /// <summary>
    /// Drafts the proposal again from its text and signers, registers it with its number and assigns it as it was
    /// assigned, so every rule of those steps is checked again; then checks what each status implies.
    /// </summary>
    private static void Recheck(Proposal proposal, World world)
    {
        var term = world.Terms[proposal.TermId];
        var session = proposal.SessionId is { } sessionId ? world.Sessions[sessionId] : null;
        var converted = proposal.Timeline.Any(e => e.Action == ProposalAction.ConvertedToSuggestion);
        var step = new ProposalStep(proposal.LastStepAt, proposal.DraftedOn, null, "校验");
        var rules = ProposalRules.Default;
        var copy = Proposal.Draft(
            term, session, converted ? ProposalKind.Motion : proposal.Kind, new ProposalText(proposal.Title, proposal.Content, proposal.Category),
            world.Deputies[proposal.LeadDeputyId], proposal.CoSigners.Select(s => world.Deputies[s.DeputyId]).ToList(), rules, step, proposal.SourceConcernId);

        if (proposal.Number is not null)
        {
            copy.Submit(step);
            copy.Register(copy.SeriesIn(term, session), proposal.Sequence!.Value, step);
            Rule.Require(copy.Number == proposal.Number, "Generated.NumberOfSeries", $"编号 {proposal.Number} 与编号序列不符（应为 {copy.Number}）。");
            if (converted)
            {
                copy.ConvertToSuggestion(step);
            }
        }

        if (proposal.LeadUnitId is { } unitId)
        {
            var supervisor = proposal.SupervisorPresidiumMemberId is { } id ? world.Presidium[id] : null;
            var assignment = new ProposalAssignment(
                world.Units[unitId], proposal.CoUnits.Select(u => world.Units[u.HandlingUnitId]).ToList(), proposal.IsComplex, supervisor);
            copy.Assign(assignment, session, rules, step with { Today = proposal.AssignedOn!.Value });
            Rule.Require(copy.DueOn == proposal.DueOn || proposal.IsExtended || proposal.HandlingRound == 2, "Generated.DueOn", "办理期限与交办日期不符。");
        }

        var timeline = proposal.Timeline.OrderBy(e => e.At).ToList();
        Rule.Require(timeline.Count > 0 && timeline[^1].At == proposal.LastStepAt, "Generated.Timeline", "时间线为空或与最后一步不符。");
        Rule.Require(timeline[^1].At < CountyGenerator.Now, "Generated.StepsInPast", "有步骤晚于生成时刻。");
        Rule.Require(
            proposal.Status switch
            {
                ProposalStatus.Rejected => !string.IsNullOrWhiteSpace(proposal.RejectionReason) && proposal.ClosedOn is not null,
                ProposalStatus.Assigned or ProposalStatus.Rehandling => proposal.DueOn is not null && proposal.LeadUnitId is not null,
                ProposalStatus.Replied => proposal.EvaluationDueOn is not null && proposal.Replies.Count == proposal.HandlingRound,
                ProposalStatus.FollowUp => proposal.LastReplyClass is ReplyClass.B or ReplyClass.C,
                ProposalStatus.Closed => proposal.ClosedOn is not null && proposal.Evaluations.Count > 0,
                _ => true,
            },
            "Generated.StatusFields",
            $"状态“{proposal.Status.Label()}”所需的字段不全。");
        Rule.Require(
            proposal.Replies.All(r => (r.ResultClass is ReplyClass.B or ReplyClass.C) == (r.CommittedCompletionOn > r.RepliedOn)
                && (r.ResultClass == ReplyClass.D) == (r.Explanation is not null)),
            "Generated.ReplyFields",
            "答复的承诺日期或说明与答复类别不符。");
    }

    private sealed record World(
        Dictionary<Guid, Term> Terms,
        Dictionary<Guid, CongressSession> Sessions,
        Dictionary<Guid, Deputy> Deputies,
        Dictionary<Guid, PresidiumMember> Presidium,
        Dictionary<Guid, HandlingUnit> Units);

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
