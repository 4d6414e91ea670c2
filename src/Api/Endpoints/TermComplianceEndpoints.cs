using DeputyPortal.Application.Compliance.Terms;
using DeputyPortal.Application.Imports;
using DeputyPortal.Domain.Compliance;
using Mediator;

namespace DeputyPortal.Api.Endpoints;

/// <summary>
/// Compliance over a term: a deputy's R5 and R7 (代表履职达标情况), a township's R5 list and summary (述职情况) and its
/// term structure (R10, 代表结构), as JSON and as .xlsx workbooks.
/// </summary>
public sealed class TermComplianceEndpoints : IEndpointGroup
{
    public void Map(RouteGroupBuilder api)
    {
        api.MapGroup("/deputies/{id:guid}").WithTags("达标情况 Compliance")
            .MapGet("/compliance", async (Guid id, Guid? termId, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetDeputyCompliance(id, termId), ct)));

        var township = api.MapGroup("/townships/{id:guid}").WithTags("达标情况 Compliance");

        township.MapGet("/term-structure", async (Guid id, Guid? termId, ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(new GetTermStructure(id, termId), ct)));

        township.MapGet("/term-structure.xlsx", async (Guid id, Guid? termId, ISender sender, CancellationToken ct) =>
        {
            var file = await sender.Send(new GetTermStructureReport(id, termId), ct);
            return TypedResults.File(file.Content, SpreadsheetFile.ContentType, file.FileName);
        });

        township.MapGet("/voter-reports", async (
                Guid id, Guid? termId, int? year, ComplianceStatus? status, int? page, int? pageSize, string? sort, ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(
                new ListVoterReports(id, termId, year, status, page ?? 1, pageSize ?? Application.Common.Paging.Paging.DefaultPageSize, sort), ct)));

        township.MapGet("/voter-reports/summary", async (Guid id, Guid? termId, int? year, ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(new GetVoterReportSummary(id, termId, year), ct)));

        township.MapGet("/voter-reports.xlsx", async (Guid id, Guid? termId, int? year, ISender sender, CancellationToken ct) =>
        {
            var file = await sender.Send(new GetVoterReportsReport(id, termId, year), ct);
            return TypedResults.File(file.Content, SpreadsheetFile.ContentType, file.FileName);
        });
    }
}
