using DeputyPortal.Application.Proposals;
using DeputyPortal.Application.Proposals.Reply;
using DeputyPortal.Domain.Proposals;
using Mediator;

namespace DeputyPortal.Api.Pages.Proposals.Steps;

/// <summary>答复: class A–D, the text, the head who signs it, the committed date (B, C) or the explanation (D).</summary>
public sealed class ReplyStep : UnitStepInput, IProposalStepInput
{
    public ReplyClass? ResultClass { get; set; }

    public string? Text { get; set; }

    public string? SignedBy { get; set; }

    public DateOnly? CommittedCompletionOn { get; set; }

    public string? Explanation { get; set; }

    public ICommand<ProposalDto> ToCommand(Guid id, uint version) =>
        new ReplyToProposal(Text ?? string.Empty, SignedBy ?? string.Empty, ResultClass, CommittedCompletionOn, Explanation)
        {
            Id = id, ExpectedVersion = version,
            ForUnitId = ForUnitId, OccurredOn = OccurredOn,
        };
}
