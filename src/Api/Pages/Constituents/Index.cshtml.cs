using DeputyPortal.Api.Portal;
using DeputyPortal.Application.Common.Paging;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Application.Constituents;
using DeputyPortal.Application.Constituents.List;
using DeputyPortal.Domain.Constituents;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DeputyPortal.Api.Pages.Constituents;

/// <summary>
/// 选民 (固定联系): the constituents the signed-in user may see, as <see cref="ListConstituents"/> scopes them (a
/// deputy: their own; a handling unit: none), filtered and sorted by the URL. Address and phone are personal data,
/// shown as the rule shows them to this reader: in full for the township's secretary and the assigned deputy, masked
/// for everyone else. The search matches names only, never personal data.
/// </summary>
[PortalPage(typeof(ListConstituents))]
public sealed class IndexModel(ISender sender, IRequestPermissions permissions, ICurrentUser user) : PortalListPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? TownshipId { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? DeputyId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Village { get; set; }

    [BindProperty(SupportsGet = true)]
    public ConstituentKind? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool? IsActive { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    public PagedList<ConstituentDto> Constituents { get; private set; } = null!;

    public IReadOnlyDictionary<Guid, string> Townships { get; private set; } = new Dictionary<Guid, string>();

    /// <summary>The deputies of the township in view, for the filter (none for a deputy, who sees only their own).</summary>
    public IReadOnlyDictionary<Guid, string> Deputies { get; private set; } = new Dictionary<Guid, string>();

    private Dictionary<Guid, string> _names = [];

    public bool CanCreate => permissions.MayUse<NewModel>();

    public bool CanEdit => permissions.MayUse<EditModel>();

    public bool ShowsTownships => user.ReadsAllTownships();

    /// <summary>Those who read other deputies' constituents see whose each one is; a deputy reads only their own.</summary>
    public bool ShowsDeputies => !user.SeesOnlyOwnConstituents();

    protected override string DefaultSort => "name";

    public async Task OnGetAsync(CancellationToken ct)
    {
        Constituents = await sender.Send(
            new ListConstituents(TownshipId, DeputyId, Village, Kind, IsActive, Search, RequestedPage, PageSize, CurrentSort), ct);
        if (ShowsTownships)
        {
            Townships = await TownshipNames.LoadAsync(sender, ct);
        }

        if (ShowsDeputies)
        {
            var townshipInView = TownshipId ?? user.TownshipId;
            var deputies = townshipInView is { } township ? await ConstituentChoices.DeputiesAsync(sender, township, ct) : [];
            Deputies = deputies;
            _names = await ConstituentChoices.NamesAsync(sender, Constituents.Items.Select(c => c.DeputyId), deputies, ct);
        }
    }

    public string DeputyName(Guid id) => _names.GetValueOrDefault(id, "—");

    public string TownshipName(Guid id) => Townships.GetValueOrDefault(id, "—");

    public string Shown(PersonalText? text) => text?.ShownTo(user) ?? "—";
}
