using System.Text.Json.Serialization;
using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Application.Common.Validation;
using DeputyPortal.Domain.Proposals;
using FluentValidation;
using Mediator;

namespace DeputyPortal.Application.Proposals.Extension;

/// <summary>延期申请: the lead unit asks for a later deadline, with a reason; the secretary decides.</summary>
[Authorize(Roles.HandlingUnitOfficer, Roles.TownshipSecretary)]
public sealed record RequestProposalExtension(
    string Reason, DateOnly? RequestedDueOn = null, Guid? ForUnitId = null, DateOnly? OccurredOn = null)
    : ICommand<ProposalDto>, IVersionedCommand, IUnitStep
{
    [JsonIgnore]
    public Guid Id { get; init; }

    [JsonIgnore]
    public uint ExpectedVersion { get; init; }
}

public sealed class RequestProposalExtensionValidator : AbstractValidator<RequestProposalExtension>
{
    public RequestProposalExtensionValidator()
    {
        RuleFor(c => c.RequestedDueOn).NotNull().WithErrorCode("Required").WithMessage("{PropertyName}不能为空。").WithName("申请延至日期");
        RuleFor(c => c.Reason).RequiredText(Proposal.ReasonMaxLength).WithName("延期理由");
    }
}

public sealed class RequestProposalExtensionHandler(ProposalWorkflow workflow) : ICommandHandler<RequestProposalExtension, ProposalDto>
{
    public async ValueTask<ProposalDto> Handle(RequestProposalExtension command, CancellationToken cancellationToken)
    {
        var proposal = await workflow.LoadForChangeAsync(command.Id, command.ExpectedVersion, cancellationToken);
        var (unitId, step) = await workflow.UnitStepAsync(proposal, command, cancellationToken);
        proposal.RequestExtension(unitId, command.RequestedDueOn!.Value, command.Reason.Trim(), step);
        return await workflow.SaveAsync(proposal, cancellationToken);
    }
}
