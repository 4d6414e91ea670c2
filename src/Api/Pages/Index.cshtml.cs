using DeputyPortal.Api.Portal;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Application.Me;
using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DeputyPortal.Api.Pages;

/// <summary>首页: who is signed in, and the pages their role may use (the navigation's own entries, so the two never differ).</summary>
[PortalPage(typeof(GetMe))]
public sealed class IndexModel(ISender sender, IRequestPermissions permissions) : PageModel
{
    private static readonly Dictionary<string, string> RoleLabels = new()
    {
        [Roles.CountyStaff] = "县人大常委会工作人员",
        [Roles.TownshipSecretary] = "人大主席团秘书",
        [Roles.PresidiumMember] = "主席团成员",
        [Roles.Deputy] = "人大代表",
        [Roles.HandlingUnitOfficer] = "承办单位经办人",
        [Roles.Admin] = "系统管理员",
    };

    public string DisplayName { get; private set; } = string.Empty;

    public string RoleLabel { get; private set; } = string.Empty;

    public string? TownshipName { get; private set; }

    /// <summary>The work pages of the navigation this user may use (the feed is listed with the interfaces).</summary>
    public IReadOnlyList<PortalNavigation.Entry> WorkPages { get; private set; } = [];

    /// <summary>County staff, secretaries and presidium members read the OData feed (and make tokens for it).</summary>
    public bool ReadsFeed { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var me = await sender.Send(new GetMe(), ct);
        DisplayName = me.DisplayName;
        RoleLabel = RoleLabels.GetValueOrDefault(me.Role, me.Role);
        TownshipName = me.TownshipName;
        WorkPages = PortalNavigation.For(permissions).Where(e => e.Page != typeof(IndexModel) && e.Page != typeof(Feed.IndexModel)).ToList();
        ReadsFeed = permissions.MayUse<Feed.IndexModel>();
    }
}
