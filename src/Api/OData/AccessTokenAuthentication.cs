using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text;
using System.Text.Encodings.Web;
using DeputyPortal.Api.Security;
using DeputyPortal.Application.AccessTokens;
using DeputyPortal.Domain.AccessTokens;
using DeputyPortal.Infrastructure.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace DeputyPortal.Api.OData;

/// <summary>
/// Signs a feed request in by a personal access token, presented the three ways the BI tools can: as a bearer token
/// (<c>Authorization: Bearer dpat_…</c>), as the password of HTTP Basic (any user name: Excel's and Power BI's
/// "基本" dialog), or as the <c>access_token</c> query parameter (a URL that authenticates by itself). The token's
/// account gets the same claims as when it signs in, read afresh; a revoked, expired, unknown or malformed token, or an
/// account that is locked or no longer reads the feed, answers 401 with a Basic challenge, so Excel asks for credentials.
/// </summary>
public sealed class AccessTokenAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "AccessToken";
    public const string QueryParameter = "access_token";
    public const string BasicChallenge = "Basic realm=\"DeputyPortal OData\", charset=\"UTF-8\"";

    /// <summary>Whether the request presents a personal access token rather than the API's bearer token (or nothing).</summary>
    public static bool IsPresented(HttpRequest request) =>
        request.Query.ContainsKey(QueryParameter)
        || AuthorizationOf(request) is { } header
            && (header.Scheme.Equals("Basic", StringComparison.OrdinalIgnoreCase)
                || (header.Scheme.Equals("Bearer", StringComparison.OrdinalIgnoreCase) && PersonalAccessToken.LooksLikeToken(header.Parameter)));

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var token = Presented(Request);
        if (!PersonalAccessToken.LooksLikeToken(token))
        {
            return AuthenticateResult.Fail("No personal access token in the request.");
        }

        var holder = await Context.RequestServices.GetRequiredService<AccessTokenHolders>().FindAsync(token!, Context.RequestAborted);
        if (holder is null || !FeedAccess.Roles.Contains(holder.Role))
        {
            return AuthenticateResult.Fail("The personal access token does not open the feed.");
        }

        var identity = new ClaimsIdentity(PortalClaims.For(holder.User, holder.Role), SchemeName, PortalClaims.Name, PortalClaims.Role);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    /// <summary>The feed's one 401: both ways in are offered, and nothing says why a credential failed.</summary>
    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = new([BasicChallenge, "Bearer"]);
        await Context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = Context,
            ProblemDetails =
            {
                Status = StatusCodes.Status401Unauthorized,
                Title = "需要身份验证",
                Detail = "数据接口需要有效的访问令牌：Authorization: Bearer，或 HTTP 基本认证的密码，或 access_token 查询参数。",
            },
        });
    }

    private static string? Presented(HttpRequest request)
    {
        if (AuthorizationOf(request) is { Parameter: { } parameter } header)
        {
            // A bearer that is not a personal access token (the API's own, beside an access_token) leaves the query to decide.
            if (header.Scheme.Equals("Bearer", StringComparison.OrdinalIgnoreCase) && PersonalAccessToken.LooksLikeToken(parameter))
            {
                return parameter;
            }

            if (header.Scheme.Equals("Basic", StringComparison.OrdinalIgnoreCase))
            {
                return BasicPassword(parameter);
            }
        }

        return request.Query[QueryParameter].ToString();
    }

    /// <summary>The password part of "user:password", whatever the user name.</summary>
    private static string? BasicPassword(string parameter)
    {
        try
        {
            var pair = Encoding.UTF8.GetString(Convert.FromBase64String(parameter));
            var colon = pair.IndexOf(':', StringComparison.Ordinal);
            return colon < 0 ? null : pair[(colon + 1)..];
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static AuthenticationHeaderValue? AuthorizationOf(HttpRequest request) =>
        AuthenticationHeaderValue.TryParse(request.Headers.Authorization.ToString(), out var header) ? header : null;
}
