using System.Text.Json.Serialization;
using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Application.Common.Validation;
using DeputyPortal.Domain.Common;
using DeputyPortal.Domain.HandlingUnits;
using DeputyPortal.Domain.Presidium;
using DeputyPortal.Domain.Proposals;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DeputyPortal.Application.Proposals.Assign;

/// <summary>
/// 交办: a lead unit, any co-units, complex or not (3 or 6 months), and for a key proposal (重点督办) its supervising
/// presidium member. Also reassigns a proposal its lead unit returned.
/// </summary>
[Authorize(Roles.TownshipSecretary)]
public sealed record AssignProposal(
    Guid LeadUnitId,
    IReadOnlyList<Guid>? CoUnitIds = null,
    [DefaultWhenOmitted] bool IsComplex = false,
    Guid? SupervisorPresidiumMemberId = null)
    : ICommand<ProposalDto>, IVersionedCommand
{
    [JsonIgnore]
    public Guid Id { get; init; }

    [JsonIgnore]
    public uint ExpectedVersion { get; init; }
}

public sealed class AssignProposalValidator : AbstractValidator<AssignProposal>
{
    public const int MaxCoUnits = 20;

    public AssignProposalValidator()
    {
        RuleFor(c => c.LeadUnitId).RequiredId().WithName("主办单位");
        RuleFor(c => c.CoUnitIds!.Count).LessThanOrEqualTo(MaxCoUnits)
            .OverridePropertyName(nameof(AssignProposal.CoUnitIds)).WithName("协办单位")
            .When(c => c.CoUnitIds is not null);
    }
}

public sealed class AssignProposalHandler(IAppDbContext db, ProposalWorkflow workflow) : ICommandHandler<AssignProposal, ProposalDto>
{
    public async ValueTask<ProposalDto> Handle(AssignProposal command, CancellationToken cancellationToken)
    {
        var proposal = await workflow.LoadForChangeAsync(command.Id, command.ExpectedVersion, cancellationToken);
        var lead = await db.HandlingUnits.FirstOrDefaultAsync(u => u.Id == command.LeadUnitId, cancellationToken)
            ?? throw new DomainRuleException("LeadUnitOfTownship", "主办单位不存在或不属于本乡镇。", RuleViolationKind.InvalidRequest, "leadUnitId");
        var coUnits = await LoadCoUnitsAsync(command.CoUnitIds ?? [], cancellationToken);
        var supervisor = command.SupervisorPresidiumMemberId is { } supervisorId
            ? await db.PresidiumMembers.FirstOrDefaultAsync(m => m.Id == supervisorId, cancellationToken)
              ?? throw new DomainRuleException("SupervisorIsServingPresidiumMember", "督办人必须是本届在任的主席团成员。", RuleViolationKind.InvalidRequest, "supervisorPresidiumMemberId")
            : null;
        var session = await db.LoadSessionAsync(proposal.SessionId, cancellationToken);

        proposal.Assign(
            new ProposalAssignment(lead, coUnits, command.IsComplex, supervisor),
            session,
            await workflow.RulesAsync(proposal, cancellationToken),
            workflow.Step());
        return await workflow.SaveAsync(proposal, cancellationToken);
    }

    private async Task<IReadOnlyCollection<HandlingUnit>> LoadCoUnitsAsync(IReadOnlyList<Guid> ids, CancellationToken ct)
    {
        var found = await db.HandlingUnits.Where(u => ids.Contains(u.Id)).ToListAsync(ct);
        Rule.Require(ids.All(id => found.Any(u => u.Id == id)), "CoUnitsOfTownship", "协办单位不存在或不属于本乡镇。", "coUnitIds");
        return ids.Select(id => found.First(u => u.Id == id)).ToList();
    }
}
