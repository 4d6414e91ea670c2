using System.Text.Json.Serialization;
using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Application.Common.Validation;
using DeputyPortal.Domain.Proposals;
using FluentValidation;
using Mediator;

namespace DeputyPortal.Application.Proposals.Return;

/// <summary>
/// 退回: a unit the proposal is not the business of sends it back within the return window. The lead unit's return
/// leaves it registered for the secretary to assign again; a co-unit's return removes that unit.
/// </summary>
[Authorize(Roles.HandlingUnitOfficer, Roles.TownshipSecretary)]
public sealed record ReturnProposal(
    string Reason, Guid? ForUnitId = null, DateOnly? OccurredOn = null)
    : ICommand<ProposalDto>, IVersionedCommand, IUnitStep
{
    [JsonIgnore]
    public Guid Id { get; init; }

    [JsonIgnore]
    public uint ExpectedVersion { get; init; }
}

public sealed class ReturnProposalValidator : AbstractValidator<ReturnProposal>
{
    public ReturnProposalValidator() => RuleFor(c => c.Reason).RequiredText(Proposal.ReasonMaxLength).WithName("退回理由");
}

public sealed class ReturnProposalHandler(ProposalWorkflow workflow) : ICommandHandler<ReturnProposal, ProposalDto>
{
    public async ValueTask<ProposalDto> Handle(ReturnProposal command, CancellationToken cancellationToken)
    {
        var proposal = await workflow.LoadForChangeAsync(command.Id, command.ExpectedVersion, cancellationToken);
        var (unitId, step) = await workflow.UnitStepAsync(proposal, command, cancellationToken);
        proposal.Return(unitId, command.Reason.Trim(), await workflow.RulesAsync(proposal, cancellationToken), step);
        return await workflow.SaveAsync(proposal, cancellationToken);
    }
}
