using System.Text.Json.Serialization;
using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Application.Common.Validation;
using DeputyPortal.Domain.Proposals;
using FluentValidation;
using Mediator;

namespace DeputyPortal.Application.Proposals.CoUnitInput;

/// <summary>协办意见: a co-unit sends its input to the lead unit (due one month after assignment by default).</summary>
[Authorize(Roles.HandlingUnitOfficer, Roles.TownshipSecretary)]
public sealed record ProvideCoUnitInput(
    string Input, Guid? ForUnitId = null, DateOnly? OccurredOn = null)
    : ICommand<ProposalDto>, IVersionedCommand, IUnitStep
{
    [JsonIgnore]
    public Guid Id { get; init; }

    [JsonIgnore]
    public uint ExpectedVersion { get; init; }
}

public sealed class ProvideCoUnitInputValidator : AbstractValidator<ProvideCoUnitInput>
{
    public ProvideCoUnitInputValidator() => RuleFor(c => c.Input).RequiredText(Proposal.TextMaxLength).WithName("协办意见");
}

public sealed class ProvideCoUnitInputHandler(ProposalWorkflow workflow) : ICommandHandler<ProvideCoUnitInput, ProposalDto>
{
    public async ValueTask<ProposalDto> Handle(ProvideCoUnitInput command, CancellationToken cancellationToken)
    {
        var proposal = await workflow.LoadForChangeAsync(command.Id, command.ExpectedVersion, cancellationToken);
        var (unitId, step) = await workflow.UnitStepAsync(proposal, command, cancellationToken);
        proposal.ProvideCoUnitInput(unitId, command.Input.Trim(), step);
        return await workflow.SaveAsync(proposal, cancellationToken);
    }
}
