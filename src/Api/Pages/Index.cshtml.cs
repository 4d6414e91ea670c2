using DeputyPortal.Api.Portal;
using DeputyPortal.Api.Security;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Application.Me;
using DeputyPortal.Application.Workbench;
using DeputyPortal.Domain.Compliance;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DeputyPortal.Api.Pages;

/// <summary>
/// 首页. For a township's secretary and presidium members, the 工作台: what needs doing now (<see cref="GetWorkbench"/>),
/// each count a link to exactly its rows, and this quarter's compliance as a traffic light per rule. Everyone else sees
/// where their own work is, and the pages their role may use (the navigation's own entries, so the two never differ).
/// </summary>
[PortalPage(typeof(GetMe))]
public sealed class IndexModel(ISender sender, IRequestPermissions permissions) : PageModel
{
    /// <summary>The offenders a traffic light lists before it points to the compliance page for the rest.</summary>
    public const int OffendersShown = 5;

    /// <summary>The lists the follow-up counts link to, filtered to the overdue rows.</summary>
    public const string ActivitiesPage = "/Activities/Index";

    public const string MeetingsPage = "/Meetings/Index";

    /// <summary>The Chinese name of each role, as the portal shows it (首页, 用户管理).</summary>
    public static readonly IReadOnlyDictionary<string, string> RoleLabels = new Dictionary<string, string>
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

    /// <summary>The 工作台 of the caller's township, for those who may read it.</summary>
    public WorkbenchDto? Workbench { get; private set; }

    /// <summary>Where the signed-in user's own work is, by role (the 工作台 is the secretary's and the presidium's).</summary>
    public IReadOnlyList<(string Label, string Path, string Note)> OwnWork { get; private set; } = [];

    /// <summary>The work pages of the navigation this user may use (the feed is listed with the interfaces).</summary>
    public IReadOnlyList<PortalNavigation.Entry> WorkPages { get; private set; } = [];

    /// <summary>County staff, secretaries and presidium members read the OData feed (and make tokens for it).</summary>
    public bool ReadsFeed { get; private set; }

    public bool IsAdmin { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        WorkPages = PortalNavigation.For(permissions).Where(e => e.Page != typeof(IndexModel) && e.Page != typeof(Feed.IndexModel)).ToList();
        ReadsFeed = permissions.MayUse<Feed.IndexModel>();
        string role;
        if (permissions.MaySend<GetWorkbench>())
        {
            // The greeting is the signed-in account's own claims (as the top bar's); the township's name comes with the
            // 工作台, so its cached answer is the page's only read besides the version check.
            Workbench = await sender.Send(new GetWorkbench(), ct);
            role = User.FindFirst(PortalClaims.Role)?.Value ?? string.Empty;
            DisplayName = User.FindFirst(PortalClaims.DisplayName)?.Value ?? string.Empty;
            TownshipName = Workbench.TownshipName;
        }
        else
        {
            var me = await sender.Send(new GetMe(), ct);
            (role, DisplayName, TownshipName) = (me.Role, me.DisplayName, me.TownshipName);
        }

        RoleLabel = RoleLabels.GetValueOrDefault(role, role);
        IsAdmin = role == Roles.Admin;
        OwnWork = role switch
        {
            Roles.HandlingUnitOfficer =>
            [
                ("本单位承办的建议", ProposalListLinks.Path + "?sort=dueOn", "按办理期限排列，逾期和红灯在前"),
            ],
            Roles.Deputy =>
            [
                ("我的建议", ProposalListLinks.Path, "领衔和附议的建议、答复与评价"),
                ("我的履职", "/me/profile", "本年度履职档案"),
                ("联系选民", "/contacts", "登记联系选民情况"),
            ],
            Roles.CountyStaff =>
            [
                ("达标情况", "/compliance", "各乡镇本季度各项规则的达标情况"),
                ("建议办理", ProposalListLinks.Path, "全县代表建议的办理情况"),
            ],
            _ => [],
        };

        // The pages 我的工作 already leads to are not listed again under 工作: one link a page on the home page.
        WorkPages = [.. WorkPages.Where(e => !OwnWork.Any(w => w.Path == e.Path))];
    }

    public static string ProposalsLink(WorkbenchProposalCount count) => ProposalListLinks.For(count.Filter);

    /// <summary>The list of the activities with overdue rectification items, once the activities page exists.</summary>
    public string? ActivitiesLink => Url.Page(ActivitiesPage, new { hasOverdueRectification = true });

    /// <summary>The list of the meetings with an overdue decision follow-up, once the meetings page exists.</summary>
    public string? MeetingsLink => Url.Page(MeetingsPage, new { hasOverdueFollowUp = true });

    public static string LightClass(ComplianceStatus status) => status switch
    {
        ComplianceStatus.Met => "light-met",
        ComplianceStatus.Pending => "light-pending",
        _ => "light-breached",
    };

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
