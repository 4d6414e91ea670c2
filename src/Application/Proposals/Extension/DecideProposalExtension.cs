using System.Text.Json.Serialization;
using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Application.Common.Validation;
using DeputyPortal.Domain.Proposals;
using FluentValidation;
using Mediator;

namespace DeputyPortal.Application.Proposals.Extension;

/// <summary>The secretary approves an extension request (the deadline moves and shows as extended) or refuses it.</summary>
[Authorize(Roles.TownshipSecretary)]
public sealed record DecideProposalExtension(bool? Approve = null, string? Comment = null) : ICommand<ProposalDto>, IVersionedCommand
{
    [JsonIgnore]
    public Guid Id { get; init; }

    [JsonIgnore]
    public Guid RequestId { get; init; }

    [JsonIgnore]
    public uint ExpectedVersion { get; init; }
}

public sealed class DecideProposalExtensionValidator : AbstractValidator<DecideProposalExtension>
{
    public DecideProposalExtensionValidator()
    {
        RuleFor(c => c.Approve).NotNull().WithErrorCode("Required").WithMessage("{PropertyName}不能为空。").WithName("审批结果");
        RuleFor(c => c.Comment).OptionalText(Proposal.ReasonMaxLength).WithName("审批意见");
    }
}

public sealed class DecideProposalExtensionHandler(ProposalWorkflow workflow) : ICommandHandler<DecideProposalExtension, ProposalDto>
{
    public async ValueTask<ProposalDto> Handle(DecideProposalExtension command, CancellationToken cancellationToken)
    {
        var proposal = await workflow.LoadForChangeAsync(command.Id, command.ExpectedVersion, cancellationToken);
        var comment = string.IsNullOrWhiteSpace(command.Comment) ? null : command.Comment.Trim();
        proposal.DecideExtension(command.RequestId, command.Approve == true, comment, workflow.Step());
        return await workflow.SaveAsync(proposal, cancellationToken);
    }
}
