using DeputyPortal.Application.Proposals;
using DeputyPortal.Application.Proposals.ReportSolved;
using Mediator;

namespace DeputyPortal.Api.Pages.Proposals.Steps;

/// <summary>报告已解决: how a B or C reply's commitment was met.</summary>
public sealed class ReportSolvedStep : UnitStepInput, IProposalStepInput
{
    public string? Evidence { get; set; }

    public ICommand<ProposalDto> ToCommand(Guid id, uint version) => new ReportProposalSolved(Evidence ?? string.Empty) { Id = id, ExpectedVersion = version, ForUnitId = ForUnitId, OccurredOn = OccurredOn };
}
