using System.Text.Json.Serialization;
using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Application.Common.Validation;
using DeputyPortal.Domain.Proposals;
using FluentValidation;
using Mediator;

namespace DeputyPortal.Application.Proposals.Reply;

/// <summary>
/// 答复: the lead unit's reply, signed by its head, with its result class (A–D), the committed completion date that B
/// and C carry and the explanation D needs. Opens the lead deputy's evaluation window of 20 working days.
/// </summary>
[Authorize(Roles.HandlingUnitOfficer, Roles.TownshipSecretary)]
public sealed record ReplyToProposal(
    string Text, string SignedBy, ReplyClass? ResultClass = null, DateOnly? CommittedCompletionOn = null, string? Explanation = null,
    Guid? ForUnitId = null, DateOnly? OccurredOn = null)
    : ICommand<ProposalDto>, IVersionedCommand, IUnitStep
{
    [JsonIgnore]
    public Guid Id { get; init; }

    [JsonIgnore]
    public uint ExpectedVersion { get; init; }
}

public sealed class ReplyToProposalValidator : AbstractValidator<ReplyToProposal>
{
    public ReplyToProposalValidator()
    {
        RuleFor(c => c.ResultClass).Required().WithName("答复类别");
        RuleFor(c => c.Text).RequiredText(Proposal.TextMaxLength).WithName("答复内容");
        RuleFor(c => c.SignedBy).RequiredText(Proposal.SignerMaxLength).WithName("签发人");
        RuleFor(c => c.Explanation).OptionalText(Proposal.TextMaxLength).WithName("无法解决的原因");
    }
}

public sealed class ReplyToProposalHandler(ProposalWorkflow workflow) : ICommandHandler<ReplyToProposal, ProposalDto>
{
    public async ValueTask<ProposalDto> Handle(ReplyToProposal command, CancellationToken cancellationToken)
    {
        var proposal = await workflow.LoadForChangeAsync(command.Id, command.ExpectedVersion, cancellationToken);
        var (unitId, step) = await workflow.UnitStepAsync(proposal, command, cancellationToken);
        proposal.Reply(
            unitId,
            new ReplyDraft(
                command.ResultClass!.Value,
                command.Text.Trim(),
                command.SignedBy.Trim(),
                command.CommittedCompletionOn,
                string.IsNullOrWhiteSpace(command.Explanation) ? null : command.Explanation.Trim()),
            await workflow.CalendarFromAsync(step.Today, cancellationToken),
            await workflow.RulesAsync(proposal, cancellationToken),
            step);
        return await workflow.SaveAsync(proposal, cancellationToken);
    }
}
