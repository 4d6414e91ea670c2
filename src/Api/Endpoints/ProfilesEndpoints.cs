using DeputyPortal.Application.Imports;
using DeputyPortal.Application.Profiles;
using Mediator;

namespace DeputyPortal.Api.Endpoints;

/// <summary>Duty profiles (履职档案): a township's list and workbook, one deputy's profile, and the signed-in deputy's own.</summary>
public sealed class ProfilesEndpoints : IEndpointGroup
{
    public void Map(RouteGroupBuilder api)
    {
        var township = api.MapGroup("/townships/{id:guid}").WithTags("履职档案 Profiles");

        township.MapGet("/profiles", async (Guid id, int? year, Guid? districtId, Guid? groupId, string? name, int? page, int? pageSize, string? sort, ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(new ListTownshipProfiles(id, year, districtId, groupId, name, page ?? 1, pageSize ?? Application.Common.Paging.Paging.DefaultPageSize, sort), ct)));

        township.MapGet("/profiles.xlsx", async (Guid id, int? year, ISender sender, CancellationToken ct) =>
        {
            var file = await sender.Send(new GetProfilesReport(id, year), ct);
            return TypedResults.File(file.Content, SpreadsheetFile.ContentType, file.FileName);
        });

        api.MapGet("/deputies/{id:guid}/profile", async (Guid id, int? year, ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(new GetDeputyProfile(id, year), ct))).WithTags("履职档案 Profiles");

        api.MapGet("/me/profile", async (int? year, ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(new GetMyProfile(year), ct))).WithTags("履职档案 Profiles");
    }
}
