using System.Reflection;
using System.Text.RegularExpressions;
using DeputyPortal.Api.FunctionalTests.Support;
using DeputyPortal.Api.Portal;
using DeputyPortal.Application.Common.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Razor.Hosting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace DeputyPortal.Api.FunctionalTests.Portal;

/// <summary>One page of the portal as the running application routes it: its route and its page model.</summary>
public sealed partial record PortalPageInfo(string Route, Type Model)
{
    public PortalPageAttribute? Access => Model.GetCustomAttribute<PortalPageAttribute>();

    public bool IsAnonymous => Model.IsDefined(typeof(AllowAnonymousAttribute));

    public IReadOnlyList<string> Parameters => RouteParameter().Matches(Route).Select(m => m.Groups[1].Value).ToList();

    /// <summary>Whether an account of this role may use the page, by the [Authorize] of the requests it names.</summary>
    public bool Admits(string role) => Access!.Requests.All(r => RequestAuthorization.RequirementOf(r).Roles is var roles && (roles.Count == 0 || roles.Contains(role)));

    /// <summary>The route with each parameter filled in ("/sessions/{id:guid}/attendance" → "/sessions/…/attendance").</summary>
    public string Url(Func<string, string> value) => RouteParameter().Replace(Route, m => value(m.Groups[1].Value));

    public override string ToString() => Route;

    [GeneratedRegex(@"\{([A-Za-z]+)(?::[^}]*)?\}")]
    private static partial Regex RouteParameter();
}

/// <summary>
/// Every page under src/Api/Pages, read from the application's own endpoints (the routes it serves) and its compiled
/// Razor pages (each page's model), so a page added later is in every test that walks this list.
/// </summary>
public static class PortalPageCatalog
{
    /// <summary>The accounts of the baseline world, one per role, in township A.</summary>
    public static readonly IReadOnlyDictionary<string, string> Accounts = new Dictionary<string, string>
    {
        ["admin"] = Roles.Admin,
        ["county"] = Roles.CountyStaff,
        ["secretary.a"] = Roles.TownshipSecretary,
        ["presidium.a"] = Roles.PresidiumMember,
        ["deputy.a"] = Roles.Deputy,
        ["unit.a"] = Roles.HandlingUnitOfficer,
    };

    public static IReadOnlyList<PortalPageInfo> All(PortalFactory portal)
    {
        var models = new RazorCompiledItemLoader().LoadItems(typeof(Program).Assembly)
            .Where(i => i.Kind == "mvc.1.0.razor-page")
            .ToDictionary(i => i.Identifier, i => i.Type.GetProperty("Model")!.PropertyType, StringComparer.OrdinalIgnoreCase);
        var pages = portal.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Select(e => (Endpoint: e, Page: e.Metadata.GetMetadata<PageActionDescriptor>()))
            .Where(e => e.Page is not null)
            .Select(e => new PortalPageInfo("/" + (e.Endpoint.RoutePattern.RawText ?? string.Empty).TrimStart('/'), models["/Pages" + e.Page!.ViewEnginePath + ".cshtml"]))
            .GroupBy(p => p.Model)
            .Select(g => g.OrderBy(p => p.Route.Length).First())
            .OrderBy(p => p.Route, StringComparer.Ordinal)
            .ToList();
        Assert.True(pages.Count >= 20, $"only {pages.Count} portal pages found: {string.Join(", ", pages)}");
        return pages;
    }
}
