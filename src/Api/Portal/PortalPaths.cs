namespace DeputyPortal.Api.Portal;

/// <summary>Which requests are the portal's (HTML for people) rather than the machine interfaces' (JSON for tools).</summary>
public static class PortalPaths
{
    private static readonly PathString[] MachinePrefixes = ["/api", "/odata", "/openapi", "/health"];

    public static bool IsPortal(HttpContext context) => IsPortal(context.Request.Path);

    public static bool IsPortal(PathString path) => !MachinePrefixes.Any(prefix => path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase));
}
