using System.Text.Json.Serialization;
using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Application.Common.Validation;
using DeputyPortal.Domain.Proposals;
using FluentValidation;
using Mediator;

namespace DeputyPortal.Application.Proposals.Evaluate;

/// <summary>
/// 评价: the lead deputy rates the reply (满意 / 基本满意 / 不满意) within the window. A co-signer sees the proposal
/// but may not rate it; the domain refuses them by rule.
/// </summary>
[Authorize(Roles.Deputy, Roles.TownshipSecretary)]
public sealed record EvaluateProposal(
    Rating? Rating = null, string? Comment = null, DateOnly? OccurredOn = null)
    : ICommand<ProposalDto>, IVersionedCommand, IRecordableOnBehalf
{
    [JsonIgnore]
    public Guid Id { get; init; }

    [JsonIgnore]
    public uint ExpectedVersion { get; init; }
}

public sealed class EvaluateProposalValidator : AbstractValidator<EvaluateProposal>
{
    public EvaluateProposalValidator()
    {
        RuleFor(c => c.Rating).Required().WithName("评价");
        RuleFor(c => c.Comment).OptionalText(Proposal.ReasonMaxLength).WithName("评价意见");
    }
}

public sealed class EvaluateProposalHandler(ProposalWorkflow workflow) : ICommandHandler<EvaluateProposal, ProposalDto>
{
    public async ValueTask<ProposalDto> Handle(EvaluateProposal command, CancellationToken cancellationToken)
    {
        var proposal = await workflow.LoadForChangeAsync(command.Id, command.ExpectedVersion, cancellationToken);
        var (deputyId, step) = await workflow.DeputyStepAsync(proposal, command, cancellationToken);
        proposal.Evaluate(
            deputyId,
            command.Rating!.Value,
            string.IsNullOrWhiteSpace(command.Comment) ? null : command.Comment.Trim(),
            await workflow.RulesAsync(proposal, cancellationToken),
            step);
        return await workflow.SaveAsync(proposal, cancellationToken);
    }
}
