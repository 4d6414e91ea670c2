using DeputyPortal.Api.Security;
using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DeputyPortal.Api.Pages;

public sealed class IndexModel(ICurrentUser user, IAppDbContext db) : PageModel
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

    public async Task OnGetAsync()
    {
        DisplayName = User.FindFirst(PortalClaims.DisplayName)?.Value ?? user.UserName;
        RoleLabel = user.Role is { } role ? RoleLabels.GetValueOrDefault(role, role) : string.Empty;
        if (user.TownshipId is { } townshipId)
        {
            TownshipName = await db.Townships.Where(t => t.Id == townshipId).Select(t => t.Name).SingleOrDefaultAsync();
        }
    }
}
