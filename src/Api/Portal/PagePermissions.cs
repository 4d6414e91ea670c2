using System.Reflection;
using DeputyPortal.Application.Common.Security;

namespace DeputyPortal.Api.Portal;

/// <summary>"May this user use that page?": may they send every request its <see cref="PortalPageAttribute"/> names.</summary>
public static class PagePermissions
{
    public static PortalPageAttribute? PortalPageOf(Type pageModel) => pageModel.GetCustomAttribute<PortalPageAttribute>();

    public static bool MayUse(this IRequestPermissions permissions, Type pageModel) =>
        PortalPageOf(pageModel) is { } page && page.Requests.All(permissions.MaySend);

    public static bool MayUse<TPageModel>(this IRequestPermissions permissions) => permissions.MayUse(typeof(TPageModel));
}
