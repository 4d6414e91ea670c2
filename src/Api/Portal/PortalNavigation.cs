using DeputyPortal.Application.Common.Security;
using P = DeputyPortal.Api.Pages;

namespace DeputyPortal.Api.Portal;

/// <summary>
/// The pages the navigation bar offers, in its order. Whether a user sees an entry is not written here: it is the
/// entry's page's own <see cref="PortalPageAttribute"/>, asked through <see cref="IRequestPermissions"/>, so the bar
/// shows exactly the pages that would admit the user.
/// </summary>
public static class PortalNavigation
{
    public sealed record Entry(string Label, string Path, Type Page);

    public static readonly IReadOnlyList<Entry> Entries =
    [
        new("首页", "/", typeof(P.IndexModel)),
        new("建议办理", "/proposals", typeof(P.Proposals.IndexModel)),
        new("联系选民", "/contacts", typeof(P.Contacts.IndexModel)),
        new("述职评议", "/reviews", typeof(P.Reviews.IndexModel)),
        new("代表活动", "/activities", typeof(P.Activities.IndexModel)),
        new("主席团会议", "/meetings", typeof(P.Meetings.IndexModel)),
        new("人代会会议", "/sessions", typeof(P.Sessions.IndexModel)),
        new("代表", "/deputies", typeof(P.Deputies.IndexModel)),
        new("选民", "/constituents", typeof(P.Constituents.IndexModel)),
        new("承办单位", "/units", typeof(P.Units.IndexModel)),
        new("代表小组", "/groups", typeof(P.Groups.IndexModel)),
        new("履职情况", "/profiles", typeof(P.Profiles.IndexModel)),
        new("名册导入", "/imports", typeof(P.Imports.IndexModel)),
        new("达标情况", "/compliance", typeof(P.Compliance.IndexModel)),
        new("我的履职", "/me/profile", typeof(P.Me.ProfileModel)),
        new("数据接口", "/feed", typeof(P.Feed.IndexModel)),
        new("计划任务", "/admin/jobs", typeof(P.Admin.JobsModel)),
        new("用户管理", "/admin/users", typeof(P.Admin.Users.IndexModel)),
        new("节假日", "/admin/calendar", typeof(P.Admin.CalendarModel)),
    ];

    public static IEnumerable<Entry> For(IRequestPermissions permissions) => Entries.Where(e => permissions.MayUse(e.Page));

    /// <summary>The entry a path belongs to: "/reviews/new" is under 述职评议; "/" only itself.</summary>
    public static bool IsCurrent(Entry entry, PathString path) =>
        entry.Path == "/" ? path == "/" || !path.HasValue : path.StartsWithSegments(entry.Path, StringComparison.OrdinalIgnoreCase);
}
