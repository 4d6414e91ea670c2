using DeputyPortal.Api.Portal;
using DeputyPortal.Application.Common.Paging;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Application.Townships.List;
using DeputyPortal.Application.Users;
using DeputyPortal.Application.Users.List;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DeputyPortal.Api.Pages.Admin.Users;

/// <summary>
/// 用户管理 (whoever may send its requests: administrators): the portal's accounts with role, township and whether
/// locked, filtered and sorted by the URL; each leads to its account page (锁定、重置密码、变更角色).
/// </summary>
[PortalPage(typeof(ListUserAccounts))]
public sealed class IndexModel(ISender sender, IRequestPermissions permissions) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)]
    public string? Role { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? TownshipId { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    [BindProperty(SupportsGet = true, Name = PortalQuery.PageKey)]
    public int PageNumber { get; set; } = 1;

    public PagedList<UserAccountDto> Accounts { get; private set; } = null!;

    public IReadOnlyDictionary<Guid, string> Townships { get; private set; } = new Dictionary<Guid, string>();

    public bool CanCreate => permissions.MayUse<NewModel>();

    public string CurrentSort => string.IsNullOrWhiteSpace(Sort) ? "userName" : Sort;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Accounts = await sender.Send(new ListUserAccounts(Role, TownshipId, Search, Math.Max(1, PageNumber), PageSize, CurrentSort), ct);
        Townships = (await sender.Send(new ListTownships(PageSize: Paging.MaxPageSize, Sort: "code"), ct)).Items.ToDictionary(t => t.Id, t => t.Name);
    }

    public static string RoleName(string? role) => role is null ? "—" : DeputyPortal.Api.Pages.IndexModel.RoleLabels.GetValueOrDefault(role, role);

    public string TownshipName(Guid? id) => id is { } t ? Townships.GetValueOrDefault(t, "—") : "—";
}
