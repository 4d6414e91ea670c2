using DeputyPortal.Api.Portal;
using DeputyPortal.Application.Common.Paging;
using DeputyPortal.Application.Common.Security;
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
public sealed class IndexModel(ISender sender, IRequestPermissions permissions) : PortalListPageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Role { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? TownshipId { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    public PagedList<UserAccountDto> Accounts { get; private set; } = null!;

    public IReadOnlyDictionary<Guid, string> Townships { get; private set; } = new Dictionary<Guid, string>();

    public bool CanCreate => permissions.MayUse<NewModel>();

    protected override string DefaultSort => "userName";

    public async Task OnGetAsync(CancellationToken ct)
    {
        Accounts = await sender.Send(new ListUserAccounts(Role, TownshipId, Search, RequestedPage, PageSize, CurrentSort), ct);
        Townships = await TownshipNames.LoadAsync(sender, ct);
    }

    public static string RoleName(string? role) => role is null ? "—" : DeputyPortal.Api.Pages.IndexModel.RoleLabels.GetValueOrDefault(role, role);

    public string TownshipName(Guid? id) => id is { } t ? Townships.GetValueOrDefault(t, "—") : "—";
}
