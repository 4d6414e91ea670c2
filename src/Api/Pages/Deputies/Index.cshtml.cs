using DeputyPortal.Api.Portal;
using DeputyPortal.Application.Common.Paging;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Application.Deputies;
using DeputyPortal.Application.Deputies.List;
using DeputyPortal.Application.Terms;
using DeputyPortal.Application.Terms.List;
using DeputyPortal.Domain.Deputies;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DeputyPortal.Api.Pages.Deputies;

/// <summary>
/// 代表名册: the deputies the signed-in user may read, as <see cref="ListDeputies"/> scopes them, filtered and sorted
/// by the URL; each phone as the rule shows it to this reader (in full for the township's secretary and the deputy
/// themself, masked for everyone else). The secretary's 登记代表 leads to the register form.
/// </summary>
[PortalPage(typeof(ListDeputies))]
public sealed class IndexModel(ISender sender, IRequestPermissions permissions, ICurrentUser user) : PortalListPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? TownshipId { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? TermId { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? DistrictId { get; set; }

    [BindProperty(SupportsGet = true)]
    public DeputyStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public PartyAffiliation? Party { get; set; }

    [BindProperty(SupportsGet = true)]
    public Gender? Gender { get; set; }

    [BindProperty(SupportsGet = true)]
    public OccupationCategory? Occupation { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool? IsCountyDeputy { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    public PagedList<DeputyDto> Deputies { get; private set; } = null!;

    /// <summary>The townships to choose from, for readers of every township (empty for a township's own users).</summary>
    public IReadOnlyDictionary<Guid, string> Townships { get; private set; } = new Dictionary<Guid, string>();

    /// <summary>The terms of the township in view (the reader's own, or the one chosen).</summary>
    public IReadOnlyList<TermDto> Terms { get; private set; } = [];

    /// <summary>The districts of the chosen term, for its filter.</summary>
    public IReadOnlyDictionary<Guid, string> TermDistricts { get; private set; } = new Dictionary<Guid, string>();

    /// <summary>The names of the districts the listed deputies belong to.</summary>
    public IReadOnlyDictionary<Guid, string> DistrictNames { get; private set; } = new Dictionary<Guid, string>();

    public bool CanRegister => permissions.MayUse<NewModel>();

    public bool ShowsTownships => user.ReadsAllTownships();

    protected override string DefaultSort => "name";

    public async Task OnGetAsync(CancellationToken ct)
    {
        Deputies = await sender.Send(
            new ListDeputies(
                TownshipId, TermId, DistrictId, Status, Party, Gender, Occupation, IsCountyDeputy, Search,
                RequestedPage, PageSize, CurrentSort),
            ct);

        if (ShowsTownships)
        {
            Townships = await TownshipNames.LoadAsync(sender, ct);
        }

        var townshipInView = TownshipId ?? user.TownshipId;
        if (townshipInView is not null)
        {
            Terms = (await sender.Send(new ListTerms(TownshipId: townshipInView, PageSize: Paging.MaxPageSize, Sort: "-startsOn"), ct)).Items;
        }

        if (TermId is not null)
        {
            TermDistricts = await DeputyChoices.DistrictsAsync(sender, TermId.Value, ct);
        }

        DistrictNames = await DeputyChoices.DistrictNamesAsync(sender, Deputies.Items.Select(d => d.TermId), ct);
    }

    public string DistrictName(Guid id) => DistrictNames.GetValueOrDefault(id, "—");

    public string TownshipName(Guid id) => Townships.GetValueOrDefault(id, "—");

    public string PhoneOf(DeputyDto deputy) => deputy.Phone?.ShownTo(user) ?? "—";
}
