using DeputyPortal.Api.Http;
using DeputyPortal.Application.Settings.Change;
using DeputyPortal.Application.Settings.Get;
using Mediator;

namespace DeputyPortal.Api.Endpoints;

/// <summary>A township's numbers (乡镇设置): deadlines, warning thresholds, motion signers and proposal categories.</summary>
public sealed class TownshipSettingsEndpoints : IEndpointGroup
{
    public void Map(RouteGroupBuilder api)
    {
        var settings = api.MapGroup("/townships/{id:guid}/settings").WithTags("乡镇设置 TownshipSettings");

        settings.MapGet("/", async (Guid id, HttpContext http, ISender sender, CancellationToken ct) =>
            ApiResults.Ok(http, await sender.Send(new GetTownshipSettings(id), ct)));

        settings.MapPut("/", async (Guid id, ChangeTownshipSettings command, HttpContext http, ISender sender, CancellationToken ct) =>
            ApiResults.Ok(http, await sender.Send(command with { TownshipId = id, ExpectedVersion = ETags.RequireIfMatch(http.Request) }, ct)));
    }
}
