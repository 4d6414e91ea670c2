using DeputyPortal.Application.Compliance.Get;
using DeputyPortal.Application.Compliance.Report;
using DeputyPortal.Application.Imports;
using Mediator;

namespace DeputyPortal.Api.Endpoints;

/// <summary>A township's compliance with the rules of DESIGN §4 for a quarter (达标情况), as JSON and as an .xlsx report.</summary>
public sealed class ComplianceEndpoints : IEndpointGroup
{
    public void Map(RouteGroupBuilder api)
    {
        var township = api.MapGroup("/townships/{id:guid}").WithTags("达标情况 Compliance");

        township.MapGet("/compliance", async (Guid id, int? year, int? quarter, ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(new GetTownshipCompliance(id, year, quarter), ct)));

        township.MapGet("/compliance.xlsx", async (Guid id, int? year, int? quarter, ISender sender, CancellationToken ct) =>
        {
            var file = await sender.Send(new GetComplianceReport(id, year, quarter), ct);
            return TypedResults.File(file.Content, SpreadsheetFile.ContentType, file.FileName);
        });
    }
}
