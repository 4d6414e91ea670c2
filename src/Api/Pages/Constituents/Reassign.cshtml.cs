using DeputyPortal.Api.Portal;
using DeputyPortal.Application.Constituents;
using DeputyPortal.Application.Constituents.Get;
using DeputyPortal.Application.Constituents.Reassign;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace DeputyPortal.Api.Pages.Constituents;

/// <summary>
/// 重新分配: the secretary hands a constituent to another serving deputy of the township (e.g. when a mandate ends),
/// sending <see cref="ReassignConstituent"/> at the version the form was loaded with.
/// </summary>
[PortalPage(typeof(GetConstituent), typeof(ReassignConstituent))]
public sealed class ReassignModel(ISender sender) : PortalPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public uint Version { get; set; }

    [BindProperty]
    public Guid DeputyId { get; set; }

    public ConstituentDto Constituent { get; private set; } = null!;

    /// <summary>The township's serving deputies other than the one the constituent is assigned to now.</summary>
    public IReadOnlyDictionary<Guid, string> Deputies { get; private set; } = new Dictionary<Guid, string>();

    public string CurrentDeputyName { get; private set; } = "—";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await ReloadAfterErrorsAsync(ct);
        Version = Constituent.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var constituent = await sender.Send(new ReassignConstituent(Id, DeputyId) { ExpectedVersion = Version }, ct);
        TempData.SetNotice($"已将选民{constituent.Name}重新分配。");
        return Redirect($"/constituents/{Id}");
    }

    public override async Task ReloadAfterErrorsAsync(CancellationToken ct)
    {
        Constituent = await sender.Send(new GetConstituent(Id), ct);
        var deputies = await ConstituentChoices.DeputiesAsync(sender, Constituent.TownshipId, ct);
        CurrentDeputyName = deputies.GetValueOrDefault(Constituent.DeputyId, "—");
        Deputies = (await ConstituentChoices.ServingDeputiesAsync(sender, Constituent.TownshipId, ct))
            .Where(d => d.Key != Constituent.DeputyId)
            .ToDictionary(d => d.Key, d => d.Value);
    }
}
