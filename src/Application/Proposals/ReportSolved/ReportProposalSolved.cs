using System.Text.Json.Serialization;
using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Application.Common.Validation;
using DeputyPortal.Domain.Proposals;
using FluentValidation;
using Mediator;

namespace DeputyPortal.Application.Proposals.ReportSolved;

/// <summary>The lead unit reports a B or C reply under follow-up (跟踪落实) solved, with its evidence; this closes it.</summary>
[Authorize(Roles.HandlingUnitOfficer, Roles.TownshipSecretary)]
public sealed record ReportProposalSolved(
    string Evidence, Guid? ForUnitId = null, DateOnly? OccurredOn = null)
    : ICommand<ProposalDto>, IVersionedCommand, IUnitStep
{
    [JsonIgnore]
    public Guid Id { get; init; }

    [JsonIgnore]
    public uint ExpectedVersion { get; init; }
}

public sealed class ReportProposalSolvedValidator : AbstractValidator<ReportProposalSolved>
{
    public ReportProposalSolvedValidator() => RuleFor(c => c.Evidence).RequiredText(Proposal.TextMaxLength).WithName("解决情况");
}

public sealed class ReportProposalSolvedHandler(ProposalWorkflow workflow) : ICommandHandler<ReportProposalSolved, ProposalDto>
{
    public async ValueTask<ProposalDto> Handle(ReportProposalSolved command, CancellationToken cancellationToken)
    {
        var proposal = await workflow.LoadForChangeAsync(command.Id, command.ExpectedVersion, cancellationToken);
        var (unitId, step) = await workflow.UnitStepAsync(proposal, command, cancellationToken);
        proposal.ReportSolved(unitId, command.Evidence.Trim(), step);
        return await workflow.SaveAsync(proposal, cancellationToken);
    }
}
