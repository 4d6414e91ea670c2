using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.OData;
using Microsoft.AspNetCore.OData.Query;
using Microsoft.AspNetCore.OData.Query.Validator;
using Microsoft.OData.UriParser;

namespace DeputyPortal.Api.OData;

public static class FeedSetup
{
    /// <summary>The authorization policy of /odata: the API's bearer token or a personal access token.</summary>
    public const string Policy = "OData";

    /// <summary>The authentication scheme of /odata: it picks the bearer-token or the personal-access-token handler per request.</summary>
    public const string Scheme = "Feed";

    public static IServiceCollection AddFeed(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<FeedOptions>(configuration.GetSection("OData"));
        var model = FeedModel.Build();
        services.AddControllers().AddOData(o =>
        {
            // Only what the feed answers; every limit is checked again per request by Validation().
            o.Select().Filter().OrderBy().Count().Expand().SetMaxTop(configuration.GetValue("OData:MaxTop", 1000));
            o.TimeZone = TimeZoneInfo.Utc;
            o.EnableAttributeRouting = true;
            o.AddRouteComponents("odata", model, route =>
                route.AddSingleton<ODataUriResolver>(_ => new StringAsEnumResolver { EnableCaseInsensitive = true }));
        });
        services.AddAuthorizationBuilder()
            .AddPolicy(Policy, policy => policy.AddAuthenticationSchemes(Scheme).RequireAuthenticatedUser());
        return services;
    }

    /// <summary>The limits every feed query is validated against; $apply only where the set allows it.</summary>
    public static ODataValidationSettings Validation(FeedOptions limits, bool allowApply) => new()
    {
        AllowedQueryOptions = AllowedQueryOptions.Filter | AllowedQueryOptions.Select | AllowedQueryOptions.OrderBy
            | AllowedQueryOptions.Count | AllowedQueryOptions.Top | AllowedQueryOptions.Skip | AllowedQueryOptions.Expand
            | AllowedQueryOptions.Format | AllowedQueryOptions.SkipToken | (allowApply ? AllowedQueryOptions.Apply : AllowedQueryOptions.None),
        MaxTop = limits.MaxTop,
        MaxSkip = 10_000_000,
        MaxNodeCount = 100,
        MaxExpansionDepth = 2,
        MaxAnyAllExpressionDepth = 1,
        MaxOrderByNodeCount = 5,
        MaxFunctionCallDepth = 10,
    };
}
