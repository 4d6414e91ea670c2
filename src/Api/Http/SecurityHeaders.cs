namespace DeputyPortal.Api.Http;

/// <summary>
/// The browser-side defences every response carries, portal page or API answer alike: scripts, styles and everything
/// else only from the application itself (no inline script or style: the pages use wwwroot files), never framed,
/// content types taken as sent, and no address leaked to other sites in the Referer header.
/// Applied by NetEscapades.AspNetCore.SecurityHeaders, first in the pipeline so every answer carries them.
/// </summary>
public static class SecurityHeaders
{
    public static readonly HeaderPolicyCollection Policies = new HeaderPolicyCollection()
        .AddContentSecurityPolicy(csp =>
        {
            csp.AddDefaultSrc().Self();
            csp.AddScriptSrc().Self();
            csp.AddStyleSrc().Self();
            csp.AddImgSrc().Self().Data();
            csp.AddObjectSrc().None();
            csp.AddBaseUri().Self();
            csp.AddFormAction().Self();
            csp.AddFrameAncestors().None();
        })
        .AddFrameOptionsDeny()
        .AddContentTypeOptionsNoSniff()
        .AddReferrerPolicySameOrigin()
        .RemoveServerHeader();

    public static IApplicationBuilder UsePortalSecurityHeaders(this IApplicationBuilder app) => app.UseSecurityHeaders(Policies);
}
