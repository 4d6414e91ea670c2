using DeputyPortal.Application.Common;
using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Application.Settings;
using DeputyPortal.Domain.Calendar;
using DeputyPortal.Domain.Common;
using DeputyPortal.Domain.Proposals;
using Microsoft.EntityFrameworkCore;

namespace DeputyPortal.Application.Proposals;

/// <summary>
/// What every proposal command needs around its one domain call: the proposal loaded for change (404 out of scope,
/// 412 on a stale ETag), who acts and when, the township's rules, and the saved result.
/// </summary>
public sealed class ProposalWorkflow(IAppDbContext db, ICurrentUser user, TimeProvider clock)
{
    public const string Resource = "建议";

    public DateOnly Today => clock.TodayInChina();

    public ProposalStep Step() => new(clock.GetUtcNow(), Today, user.UserId, user.IsSystem ? "系统" : user.UserName);

    /// <summary>The proposal with all its parts (one query per collection, so the parts do not multiply each other).</summary>
    public Task<Proposal> LoadAsync(Guid id, CancellationToken ct) => db.Proposals.AsSplitQuery().GetAsync(id, Resource, ct);

    /// <summary>The proposal for a step, loaded the one way (<see cref="IAppDbContext.LoadForChangeAsync{T}"/>).</summary>
    public Task<Proposal> LoadForChangeAsync(Guid id, uint expectedVersion, CancellationToken ct) =>
        db.LoadForChangeAsync<Proposal>(id, expectedVersion, Resource, ct);

    public Task<ProposalRules> RulesAsync(Proposal proposal, CancellationToken ct) => db.ProposalRulesForAsync(proposal.TownshipId, ct);

    /// <summary>The working-day calendar for the year ahead of <paramref name="from"/>; enough for any evaluation window.</summary>
    public async Task<WorkingDayCalendar> CalendarFromAsync(DateOnly from, CancellationToken ct)
    {
        var until = from.AddYears(1);
        var days = await db.CalendarDays.AsNoTracking().Where(d => d.Date > from && d.Date <= until).ToListAsync(ct);
        return new WorkingDayCalendar(days);
    }

    /// <summary>
    /// The unit a unit's step is taken for, and the step: a unit officer's own unit today; for the secretary recording
    /// it late (补录), the unit named (the lead unit if none), one of this proposal's, on the date it happened.
    /// </summary>
    public async Task<StepFor> UnitStepAsync(Proposal proposal, IUnitStep command, CancellationToken ct)
    {
        if (!RecordsOnBehalf)
        {
            RequireOwnStep(command);
            var own = user.HandlingUnitId ?? throw new DomainRuleException(
                "ActsForOwnUnit", "当前账号未绑定承办单位。", RuleViolationKind.NotPermitted);
            Rule.Require(command.ForUnitId is null || command.ForUnitId == own, "ActsForOwnUnit", "承办单位只能以本单位名义办理。", "forUnitId");
            return new StepFor(own, Step());
        }

        var unitId = command.ForUnitId ?? proposal.LeadUnitId;
        var isProposalsUnit = unitId is { } id && (id == proposal.LeadUnitId || proposal.CoUnits.Any(u => u.HandlingUnitId == id));
        Rule.Require(isProposalsUnit, "OnBehalfOfProposalsUnit", "代为录入的单位须是本建议的主办单位或协办单位。", "forUnitId");
        var name = await db.HandlingUnits.Where(u => u.Id == unitId).Select(u => u.Name).SingleAsync(ct);
        return new StepFor(unitId!.Value, StepRecordedFor(name, command));
    }

    /// <summary>The lead deputy's step: the deputy's own today, or the secretary's record of it on the date it happened (补录).</summary>
    public async Task<StepFor> DeputyStepAsync(Proposal proposal, IRecordableOnBehalf command, CancellationToken ct)
    {
        if (!RecordsOnBehalf)
        {
            RequireOwnStep(command);
            return new StepFor(user.DeputyId ?? Guid.Empty, Step());
        }

        var name = await db.Deputies.Where(d => d.Id == proposal.LeadDeputyId).Select(d => d.Name).SingleAsync(ct);
        return new StepFor(proposal.LeadDeputyId, StepRecordedFor($"代表{name}", command));
    }

    /// <summary>
    /// On whose behalf the caller takes part in proposals: the same roles the steps' <c>[Authorize]</c> names (the
    /// secretary for the township's office, a unit officer for their unit, a deputy for themselves), so a move listed
    /// in <see cref="ProposalDto.Moves"/> is one the caller's role may send.
    /// </summary>
    public ProposalParticipant Participant => user.Role switch
    {
        Roles.TownshipSecretary => ProposalParticipant.TownshipOffice,
        Roles.HandlingUnitOfficer when user.HandlingUnitId is { } unitId => ProposalParticipant.Unit(unitId),
        Roles.Deputy when user.DeputyId is { } deputyId => ProposalParticipant.Deputy(deputyId),
        _ => ProposalParticipant.Nobody,
    };

    /// <summary>Only the township's secretary records others' steps; everyone else takes their own.</summary>
    private bool RecordsOnBehalf => user.Role == Roles.TownshipSecretary;

    private ProposalStep StepRecordedFor(string party, IRecordableOnBehalf command) => Step().RecordedFor(party, command.OccurredOn ?? Today);

    private static void RequireOwnStep(IRecordableOnBehalf command) =>
        Rule.Require(command.OccurredOn is null, "OnlySecretaryRecordsLate", "实际办理日期只在人大秘书代为录入（补录）时填写。", "occurredOn");

    /// <summary>A deputy acts only on the proposals they lead; a secretary on any of the township's.</summary>
    public void RequireLeadDeputyOrSecretary(Proposal proposal) =>
        Rule.RequireActor(
            user.IsSystem || user.Role == Roles.TownshipSecretary || (user.Role == Roles.Deputy && user.DeputyId == proposal.LeadDeputyId),
            "OnlyLeadDeputyOrSecretary",
            "只有领衔代表本人或人大秘书可以办理此步骤。");

    /// <summary>Saves the step; every step adds a timeline entry, so it moves the proposal's version (its ETag).</summary>
    public async Task<ProposalDto> SaveAsync(Proposal proposal, CancellationToken ct)
    {
        await db.SaveChangesAsync(ct);
        return await ToDtoAsync(proposal, ct);
    }

    /// <summary>The proposal as the API answers it: with names, and today's warning under its township's rules.</summary>
    public async Task<ProposalDto> ToDtoAsync(Proposal proposal, CancellationToken ct)
    {
        var names = await ProposalNames.LoadAsync(
            db,
            proposal.CoSigners.Select(s => s.DeputyId).Append(proposal.LeadDeputyId),
            proposal.CoUnits.Select(u => (Guid?)u.HandlingUnitId).Append(proposal.LeadUnitId),
            [proposal.SessionId],
            [proposal.SupervisorPresidiumMemberId],
            ct);
        return proposal.ToDto(Today, await RulesAsync(proposal, ct), names, Participant);
    }
}
