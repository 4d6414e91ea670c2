using DeputyPortal.Application.Proposals;
using DeputyPortal.Application.Proposals.Evaluate;
using DeputyPortal.Domain.Proposals;
using Mediator;

namespace DeputyPortal.Api.Pages.Proposals.Steps;

/// <summary>评价答复: 满意 / 基本满意 / 不满意 with a comment.</summary>
public sealed class EvaluateStep : RecordableStepInput, IProposalStepInput
{
    public Rating? Rating { get; set; }

    public string? Comment { get; set; }

    public ICommand<ProposalDto> ToCommand(Guid id, uint version) => new EvaluateProposal(Rating, Comment) { Id = id, ExpectedVersion = version, OccurredOn = OccurredOn };
}
