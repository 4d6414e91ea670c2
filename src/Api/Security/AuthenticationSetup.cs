using DeputyPortal.Application.Common.Security;
using DeputyPortal.Infrastructure.Persistence;
using DeputyPortal.Infrastructure.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace DeputyPortal.Api.Security;

public static class AuthenticationSetup
{
    /// <summary>The policy of every /api/v1 endpoint: a valid bearer token (cookies are not accepted, so no CSRF).</summary>
    public const string ApiPolicy = "Api";

    public const string DataProtectionApplicationName = "DeputyPortal";

    public static IServiceCollection AddPortalAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<AuthOptions>(configuration.GetSection("Auth"));
        services.AddSingleton<SigningKeyProvider>();
        services.AddSingleton<TokenIssuer>();
        services.AddSingleton<AccountStampValidator>();
        services.AddHttpContextAccessor();
        services.AddCurrentUser<HttpCurrentUser>();

        // One key ring in the database for every instance: a portal cookie (or anti-forgery token) issued by one instance
        // is read by all, and survives restarts. The application name isolates it from any other app on the same keys.
        services.AddDataProtection().SetApplicationName(DataProtectionApplicationName).PersistKeysToDbContext<AppDbContext>();

        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options =>
            {
                options.LoginPath = "/account/login";
                options.LogoutPath = "/account/logout";
                options.Cookie.Name = "deputyportal";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.ExpireTimeSpan = TimeSpan.FromHours(8);
                options.SlidingExpiration = true;

                // A signed-in user refused a page gets the 403 page at the address they opened, not a redirect.
                options.Events.OnRedirectToAccessDenied = context =>
                {
                    context.Response.StatusCode = StatusCodes.Status403Forbidden;
                    return Task.CompletedTask;
                };
                options.Events.OnValidatePrincipal = async context =>
                {
                    if (!await context.HttpContext.RequestServices.GetRequiredService<AccountStampValidator>().IsCurrentAsync(context.Principal))
                    {
                        context.RejectPrincipal();
                        await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
                    }
                };
            })
            .AddJwtBearer()
            .AddScheme<AuthenticationSchemeOptions, OData.AccessTokenAuthentication>(OData.AccessTokenAuthentication.SchemeName, null)
            .AddPolicyScheme(OData.FeedSetup.Scheme, "OData feed", options =>
            {
                // A personal access token (Basic, access_token, or a bearer token with its prefix) or the API's token;
                // every 401 of the feed offers Basic, so Excel and Power BI ask for the token as a password.
                options.ForwardDefaultSelector = context => OData.AccessTokenAuthentication.IsPresented(context.Request)
                    ? OData.AccessTokenAuthentication.SchemeName
                    : JwtBearerDefaults.AuthenticationScheme;
                options.ForwardChallenge = OData.AccessTokenAuthentication.SchemeName;
            });
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IOptions<AuthOptions>, SigningKeyProvider, TimeProvider>((jwt, auth, keys, clock) =>
            {
                jwt.MapInboundClaims = false;

                // A 401 says only that authentication is required, never why a token failed.
                jwt.IncludeErrorDetails = false;
                jwt.Events = new JwtBearerEvents
                {
                    OnTokenValidated = async context =>
                    {
                        if (!await context.HttpContext.RequestServices.GetRequiredService<AccountStampValidator>().IsCurrentAsync(context.Principal))
                        {
                            context.Fail("The account changed after the token was issued.");
                        }
                    },
                    OnChallenge = AuthenticationRequired.WriteAsync,
                };
                jwt.TimeProvider = clock;
                jwt.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = auth.Value.Issuer,
                    ValidAudience = auth.Value.Issuer,
                    IssuerSigningKey = keys.Key,
                    NameClaimType = PortalClaims.Name,
                    RoleClaimType = PortalClaims.Role,
                    ClockSkew = TimeSpan.FromSeconds(30),

                    // Tokens are issued on the application's clock (TimeProvider, frozen by Clock:FixedNow in
                    // Development); IdentityModel would check them against the machine's clock instead.
                    LifetimeValidator = (notBefore, expires, _, parameters) =>
                    {
                        var now = clock.GetUtcNow().UtcDateTime;
                        return (notBefore is null || notBefore <= now + parameters.ClockSkew)
                            && expires is not null && expires > now - parameters.ClockSkew;
                    },
                };
            });

        services.AddAuthorizationBuilder()
            .AddPolicy(ApiPolicy, policy => policy
                .AddAuthenticationSchemes(JwtBearerDefaults.AuthenticationScheme)
                .RequireAuthenticatedUser());
        return services;
    }
}
