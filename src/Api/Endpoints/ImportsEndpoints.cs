using DeputyPortal.Application.Imports;
using DeputyPortal.Application.Imports.Constituents;
using DeputyPortal.Application.Imports.Deputies;
using Mediator;

namespace DeputyPortal.Api.Endpoints;

/// <summary>
/// Roster imports from .xlsx (multipart form field "file") and their templates. The API accepts bearer tokens only, so
/// a form post cannot ride on a browser's cookies: antiforgery tokens are not needed here.
/// </summary>
public sealed class ImportsEndpoints : IEndpointGroup
{
    public void Map(RouteGroupBuilder api)
    {
        var township = api.MapGroup("/townships/{townshipId:guid}").WithTags("名册导入 Imports");

        township.MapPost("/deputies/import", async (Guid townshipId, Guid? termId, IFormFile? file, ISender sender, CancellationToken ct) =>
        {
            await using var content = file?.OpenReadStream();
            return TypedResults.Ok(await sender.Send(new ImportDeputies(townshipId, termId, Upload(file, content)), ct));
        }).DisableAntiforgery();

        township.MapPost("/constituents/import", async (Guid townshipId, Guid? termId, IFormFile? file, ISender sender, CancellationToken ct) =>
        {
            await using var content = file?.OpenReadStream();
            return TypedResults.Ok(await sender.Send(new ImportConstituents(townshipId, termId, Upload(file, content)), ct));
        }).DisableAntiforgery();

        township.MapGet("/deputies/import-template", async (Guid townshipId, ISender sender, CancellationToken ct) =>
            Download(await sender.Send(new GetDeputyImportTemplate(townshipId), ct)));

        township.MapGet("/constituents/import-template", async (Guid townshipId, ISender sender, CancellationToken ct) =>
            Download(await sender.Send(new GetConstituentImportTemplate(townshipId), ct)));
    }

    private static SpreadsheetUpload? Upload(IFormFile? file, Stream? content) =>
        file is null || content is null ? null : new SpreadsheetUpload(file.FileName, file.Length, content);

    private static Microsoft.AspNetCore.Http.HttpResults.FileContentHttpResult Download(SpreadsheetFile file) =>
        TypedResults.File(file.Content, SpreadsheetFile.ContentType, file.FileName);
}
