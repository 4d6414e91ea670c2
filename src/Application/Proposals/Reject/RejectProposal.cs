using System.Text.Json.Serialization;
using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Application.Common.Validation;
using DeputyPortal.Domain.Proposals;
using FluentValidation;
using Mediator;

namespace DeputyPortal.Application.Proposals.Reject;

/// <summary>不予立案, with the reason the deputy is told.</summary>
[Authorize(Roles.TownshipSecretary)]
public sealed record RejectProposal(string Reason) : ICommand<ProposalDto>, IVersionedCommand
{
    [JsonIgnore]
    public Guid Id { get; init; }

    [JsonIgnore]
    public uint ExpectedVersion { get; init; }
}

public sealed class RejectProposalValidator : AbstractValidator<RejectProposal>
{
    public RejectProposalValidator() => RuleFor(c => c.Reason).RequiredText(Proposal.ReasonMaxLength).WithName("不予立案理由");
}

public sealed class RejectProposalHandler(ProposalWorkflow workflow) : ICommandHandler<RejectProposal, ProposalDto>
{
    public async ValueTask<ProposalDto> Handle(RejectProposal command, CancellationToken cancellationToken)
    {
        var proposal = await workflow.LoadForChangeAsync(command.Id, command.ExpectedVersion, cancellationToken);
        proposal.Reject(command.Reason.Trim(), workflow.Step());
        return await workflow.SaveAsync(proposal, cancellationToken);
    }
}
