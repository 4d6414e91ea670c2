using DeputyPortal.Api.Http;
using DeputyPortal.Application.Proposals.Assign;
using DeputyPortal.Application.Proposals.Convert;
using DeputyPortal.Application.Proposals.Draft;
using DeputyPortal.Application.Proposals.Edit;
using DeputyPortal.Application.Proposals.Get;
using DeputyPortal.Application.Proposals.Register;
using DeputyPortal.Application.Proposals.Reject;
using DeputyPortal.Application.Proposals.Submit;
using Mediator;

namespace DeputyPortal.Api.Endpoints;

/// <summary>A proposal from draft to assignment (起草、提交、立案、不予立案、议案转建议、交办).</summary>
public sealed class ProposalsEndpoints : IEndpointGroup
{
    public void Map(RouteGroupBuilder api)
    {
        var proposals = api.MapGroup("/proposals").WithTags("建议 Proposals");

        proposals.MapGet("/{id:guid}", async (Guid id, HttpContext http, ISender sender, CancellationToken ct) =>
            ApiResults.Ok(http, await sender.Send(new GetProposal(id), ct)));

        proposals.MapPost("/", async (DraftProposal command, HttpContext http, ISender sender, CancellationToken ct) =>
        {
            var proposal = await sender.Send(command, ct);
            return ApiResults.Created(http, $"/api/v1/proposals/{proposal.Id}", proposal);
        }).WithIdempotency();

        proposals.MapPut("/{id:guid}", async (Guid id, EditProposalDraft command, HttpContext http, ISender sender, CancellationToken ct) =>
            ApiResults.Ok(http, await sender.Send(command with { Id = id, ExpectedVersion = ETags.RequireIfMatch(http.Request) }, ct)));

        proposals.MapPost("/{id:guid}/submit", async (Guid id, HttpContext http, ISender sender, CancellationToken ct) =>
            ApiResults.Ok(http, await sender.Send(new SubmitProposal(id) { ExpectedVersion = ETags.RequireIfMatch(http.Request) }, ct)));

        proposals.MapPost("/{id:guid}/register", async (Guid id, HttpContext http, ISender sender, CancellationToken ct) =>
            ApiResults.Ok(http, await sender.Send(new RegisterProposal(id) { ExpectedVersion = ETags.RequireIfMatch(http.Request) }, ct)));

        proposals.MapPost("/{id:guid}/reject", async (Guid id, RejectProposal command, HttpContext http, ISender sender, CancellationToken ct) =>
            ApiResults.Ok(http, await sender.Send(command with { Id = id, ExpectedVersion = ETags.RequireIfMatch(http.Request) }, ct)));

        proposals.MapPost("/{id:guid}/assign", async (Guid id, AssignProposal command, HttpContext http, ISender sender, CancellationToken ct) =>
            ApiResults.Ok(http, await sender.Send(command with { Id = id, ExpectedVersion = ETags.RequireIfMatch(http.Request) }, ct)));

        proposals.MapPost("/{id:guid}/convert-to-suggestion", async (Guid id, HttpContext http, ISender sender, CancellationToken ct) =>
            ApiResults.Ok(http, await sender.Send(new ConvertProposalToSuggestion(id) { ExpectedVersion = ETags.RequireIfMatch(http.Request) }, ct)));
    }
}
