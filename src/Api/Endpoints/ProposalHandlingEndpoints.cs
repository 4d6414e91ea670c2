using DeputyPortal.Api.Http;
using DeputyPortal.Application.Proposals.CoUnitInput;
using DeputyPortal.Application.Proposals.Extension;
using DeputyPortal.Application.Proposals.Progress;
using DeputyPortal.Application.Proposals.Return;
using Mediator;

namespace DeputyPortal.Api.Endpoints;

/// <summary>A proposal while the units handle it (退回、延期申请与审批、办理进展、协办意见).</summary>
public sealed class ProposalHandlingEndpoints : IEndpointGroup
{
    public void Map(RouteGroupBuilder api)
    {
        var proposals = api.MapGroup("/proposals").WithTags("建议 Proposals");

        proposals.MapPost("/{id:guid}/return", async (Guid id, ReturnProposal command, HttpContext http, ISender sender, CancellationToken ct) =>
            ApiResults.Ok(http, await sender.Send(command with { Id = id, ExpectedVersion = ETags.RequireIfMatch(http.Request) }, ct)));

        proposals.MapPost("/{id:guid}/extension-requests", async (Guid id, RequestProposalExtension command, HttpContext http, ISender sender, CancellationToken ct) =>
            ApiResults.Ok(http, await sender.Send(command with { Id = id, ExpectedVersion = ETags.RequireIfMatch(http.Request) }, ct)));

        proposals.MapPost(
            "/{id:guid}/extension-requests/{requestId:guid}/decision",
            async (Guid id, Guid requestId, DecideProposalExtension command, HttpContext http, ISender sender, CancellationToken ct) =>
                ApiResults.Ok(http, await sender.Send(command with { Id = id, RequestId = requestId, ExpectedVersion = ETags.RequireIfMatch(http.Request) }, ct)));

        proposals.MapPost("/{id:guid}/progress-notes", async (Guid id, AddProposalProgressNote command, HttpContext http, ISender sender, CancellationToken ct) =>
            ApiResults.Ok(http, await sender.Send(command with { Id = id, ExpectedVersion = ETags.RequireIfMatch(http.Request) }, ct)));

        proposals.MapPost("/{id:guid}/co-unit-input", async (Guid id, ProvideCoUnitInput command, HttpContext http, ISender sender, CancellationToken ct) =>
            ApiResults.Ok(http, await sender.Send(command with { Id = id, ExpectedVersion = ETags.RequireIfMatch(http.Request) }, ct)));
    }
}
