using System.Text.Json.Serialization;
using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Application.Common.Validation;
using DeputyPortal.Domain.Proposals;
using FluentValidation;
using Mediator;

namespace DeputyPortal.Application.Proposals.Progress;

/// <summary>办理进展: the lead unit or a co-unit records how handling is going.</summary>
[Authorize(Roles.HandlingUnitOfficer, Roles.TownshipSecretary)]
public sealed record AddProposalProgressNote(
    string Text, Guid? ForUnitId = null, DateOnly? OccurredOn = null)
    : ICommand<ProposalDto>, IVersionedCommand, IUnitStep
{
    [JsonIgnore]
    public Guid Id { get; init; }

    [JsonIgnore]
    public uint ExpectedVersion { get; init; }
}

public sealed class AddProposalProgressNoteValidator : AbstractValidator<AddProposalProgressNote>
{
    public AddProposalProgressNoteValidator() => RuleFor(c => c.Text).RequiredText(Proposal.TextMaxLength).WithName("办理进展");
}

public sealed class AddProposalProgressNoteHandler(ProposalWorkflow workflow) : ICommandHandler<AddProposalProgressNote, ProposalDto>
{
    public async ValueTask<ProposalDto> Handle(AddProposalProgressNote command, CancellationToken cancellationToken)
    {
        var proposal = await workflow.LoadForChangeAsync(command.Id, command.ExpectedVersion, cancellationToken);
        var (unitId, step) = await workflow.UnitStepAsync(proposal, command, cancellationToken);
        proposal.AddProgressNote(unitId, command.Text.Trim(), step);
        return await workflow.SaveAsync(proposal, cancellationToken);
    }
}
