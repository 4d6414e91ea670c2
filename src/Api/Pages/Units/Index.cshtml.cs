using DeputyPortal.Api.Portal;
using DeputyPortal.Application.Common.Paging;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Application.HandlingUnits;
using DeputyPortal.Application.HandlingUnits.List;
using DeputyPortal.Application.Townships.List;
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
public sealed class IndexModel(ISender sender, IRequestPermissions permissions, ICurrentUser user) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)]
    public Guid? TownshipId { get; set; }

    [BindProperty(SupportsGet = true)]
    public HandlingUnitKind? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool? IsActive { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    [BindProperty(SupportsGet = true, Name = PortalQuery.PageKey)]
    public int PageNumber { get; set; } = 1;

    public PagedList<HandlingUnitDto> Units { get; private set; } = null!;

    public IReadOnlyDictionary<Guid, string> Townships { get; private set; } = new Dictionary<Guid, string>();

    public bool CanRegister => permissions.MayUse<NewModel>();

    public bool CanEdit => permissions.MayUse<EditModel>();

    public bool ShowsTownships => user.ReadsAllTownships();

    public string CurrentSort => string.IsNullOrWhiteSpace(Sort) ? "name" : Sort;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Units = await sender.Send(new ListHandlingUnits(TownshipId, Kind, IsActive, Search, Math.Max(1, PageNumber), PageSize, CurrentSort), ct);
        if (ShowsTownships)
        {
            Townships = (await sender.Send(new ListTownships(PageSize: Paging.MaxPageSize, Sort: "code"), ct)).Items.ToDictionary(t => t.Id, t => t.Name);
        }
    }

    public string TownshipName(Guid id) => Townships.GetValueOrDefault(id, "—");
}
