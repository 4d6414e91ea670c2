using DeputyPortal.Api.Portal;
using DeputyPortal.Application.Common.Paging;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Application.HandlingUnits;
using DeputyPortal.Application.HandlingUnits.List;
using DeputyPortal.Domain.HandlingUnits;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DeputyPortal.Api.Pages.Units;

/// <summary>
/// 承办单位: the handling units the signed-in user may read (镇政府各办、站所、村（居）委会、县直部门), as
/// <see cref="ListHandlingUnits"/> scopes them, filtered and sorted by the URL; the secretary's 登记承办单位 and 修改
/// lead to the forms.
/// </summary>
[PortalPage(typeof(ListHandlingUnits))]
public sealed class IndexModel(ISender sender, IRequestPermissions permissions, ICurrentUser user) : PortalListPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? TownshipId { get; set; }

    [BindProperty(SupportsGet = true)]
    public HandlingUnitKind? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool? IsActive { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    public PagedList<HandlingUnitDto> Units { get; private set; } = null!;

    public IReadOnlyDictionary<Guid, string> Townships { get; private set; } = new Dictionary<Guid, string>();

    public bool CanRegister => permissions.MayUse<NewModel>();

    public bool CanEdit => permissions.MayUse<EditModel>();

    public bool ShowsTownships => user.ReadsAllTownships();

    protected override string DefaultSort => "name";

    public async Task OnGetAsync(CancellationToken ct)
    {
        Units = await sender.Send(new ListHandlingUnits(TownshipId, Kind, IsActive, Search, RequestedPage, PageSize, CurrentSort), ct);
        if (ShowsTownships)
        {
            Townships = await TownshipNames.LoadAsync(sender, ct);
        }
    }

    public string TownshipName(Guid id) => Townships.GetValueOrDefault(id, "—");
}
