using DeputyPortal.Api.Http;
using DeputyPortal.Application.Proposals.Evaluate;
using DeputyPortal.Application.Proposals.Reply;
using DeputyPortal.Application.Proposals.ReportSolved;
using Mediator;

namespace DeputyPortal.Api.Endpoints;

/// <summary>A proposal from the lead unit's reply to its close (答复、评价、报告已解决).</summary>
public sealed class ProposalReplyEndpoints : IEndpointGroup
{
    public void Map(RouteGroupBuilder api)
    {
        var proposals = api.MapGroup("/proposals").WithTags("建议 Proposals");

        proposals.MapPost("/{id:guid}/reply", async (Guid id, ReplyToProposal command, HttpContext http, ISender sender, CancellationToken ct) =>
            ApiResults.Ok(http, await sender.Send(command with { Id = id, ExpectedVersion = ETags.RequireIfMatch(http.Request) }, ct)));

        proposals.MapPost("/{id:guid}/evaluate", async (Guid id, EvaluateProposal command, HttpContext http, ISender sender, CancellationToken ct) =>
            ApiResults.Ok(http, await sender.Send(command with { Id = id, ExpectedVersion = ETags.RequireIfMatch(http.Request) }, ct)));

        proposals.MapPost("/{id:guid}/report-solved", async (Guid id, ReportProposalSolved command, HttpContext http, ISender sender, CancellationToken ct) =>
            ApiResults.Ok(http, await sender.Send(command with { Id = id, ExpectedVersion = ETags.RequireIfMatch(http.Request) }, ct)));
    }
}
