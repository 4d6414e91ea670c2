using DeputyPortal.Application.Proposals;
using DeputyPortal.Application.Proposals.Extension;
using Mediator;

namespace DeputyPortal.Api.Pages.Proposals.Steps;

/// <summary>审批延期: the pending request the page showed, approved or refused, with a comment.</summary>
public sealed class DecideExtensionStep : IProposalStepInput
{
    public Guid RequestId { get; set; }

    public bool? Approve { get; set; }

    public string? Comment { get; set; }

    public ICommand<ProposalDto> ToCommand(Guid id, uint version) =>
        new DecideProposalExtension(Approve, Comment) { Id = id, RequestId = RequestId, ExpectedVersion = version };
}
