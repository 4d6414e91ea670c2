using DeputyPortal.Api.Portal;
using DeputyPortal.Application.Common.Paging;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Application.Groups;
using DeputyPortal.Application.Groups.List;
using DeputyPortal.Application.Terms;
using DeputyPortal.Application.Terms.List;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DeputyPortal.Api.Pages.Groups;

/// <summary>
/// 代表小组: the representative groups the signed-in user may read, as <see cref="ListRepresentativeGroups"/> scopes
/// them, with leader, members and liaison; filters and sort in the URL; the secretary's 组建代表小组 leads to the form.
/// </summary>
[PortalPage(typeof(ListRepresentativeGroups))]
public sealed class IndexModel(ISender sender, IRequestPermissions permissions, ICurrentUser user) : PortalListPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? TownshipId { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? TermId { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    public PagedList<RepresentativeGroupDto> Groups { get; private set; } = null!;

    public IReadOnlyDictionary<Guid, string> Townships { get; private set; } = new Dictionary<Guid, string>();

    public IReadOnlyList<TermDto> Terms { get; private set; } = [];

    /// <summary>The names of each listed group's term's deputies and presidium members.</summary>
    public IReadOnlyDictionary<Guid, GroupChoices> Names { get; private set; } = new Dictionary<Guid, GroupChoices>();

    public IReadOnlyDictionary<Guid, string> TermNames { get; private set; } = new Dictionary<Guid, string>();

    public bool CanForm => permissions.MayUse<NewModel>();

    public bool ShowsTownships => user.ReadsAllTownships();

    protected override string DefaultSort => "name";

    public async Task OnGetAsync(CancellationToken ct)
    {
        Groups = await sender.Send(
            new ListRepresentativeGroups(TownshipId, TermId, Search: Search, Page: RequestedPage, PageSize: PageSize, Sort: CurrentSort), ct);
        if (ShowsTownships)
        {
            Townships = await TownshipNames.LoadAsync(sender, ct);
        }

        if ((TownshipId ?? user.TownshipId) is { } township)
        {
            Terms = (await sender.Send(new ListTerms(TownshipId: township, PageSize: Paging.MaxPageSize, Sort: "-startsOn"), ct)).Items;
        }

        var names = new Dictionary<Guid, GroupChoices>();
        var termNames = Terms.ToDictionary(t => t.Id, t => t.Name);
        foreach (var termId in Groups.Items.Select(g => g.TermId).Distinct())
        {
            names[termId] = await GroupChoices.LoadAsync(sender, termId, ct);
        }

        Names = names;
        TermNames = termNames;
    }

    public GroupChoices NamesOf(RepresentativeGroupDto group) => Names.GetValueOrDefault(group.TermId, GroupChoices.None);

    public string TermName(Guid id) => TermNames.GetValueOrDefault(id, string.Empty);

    public string TownshipName(Guid id) => Townships.GetValueOrDefault(id, "—");
}
