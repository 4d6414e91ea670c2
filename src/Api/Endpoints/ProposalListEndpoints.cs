using DeputyPortal.Application.Imports;
using DeputyPortal.Application.Proposals.Ledger;
using DeputyPortal.Application.Proposals.List;
using Mediator;

namespace DeputyPortal.Api.Endpoints;

/// <summary>Proposal lists with their warnings (建议列表、我的建议) and the handling ledger as .xlsx (建议办理台账).</summary>
public sealed class ProposalListEndpoints : IEndpointGroup
{
    public void Map(RouteGroupBuilder api)
    {
        var proposals = api.MapGroup("/proposals").WithTags("建议 Proposals");

        proposals.MapGet("/", async ([AsParameters] ListProposals query, ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(query, ct)));

        // A literal segment: it never matches /{id:guid}, which only takes a GUID.
        proposals.MapGet("/ledger.xlsx", async ([AsParameters] GetProposalLedger query, ISender sender, CancellationToken ct) =>
        {
            var file = await sender.Send(query, ct);
            return TypedResults.File(file.Content, SpreadsheetFile.ContentType, file.FileName);
        });

        api.MapGroup("/me").WithTags("当前用户 Me")
            .MapGet("/proposals", async ([AsParameters] ListMyProposals query, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(query, ct)));
    }
}
