namespace DeputyPortal.Api.OData;

/// <summary>The feed's addresses as this request reached the server (behind a proxy, ForwardedHeaders makes them the public ones).</summary>
public static class FeedAddress
{
    /// <summary>The service root, for Excel's and Power BI's OData dialogs with Basic authentication.</summary>
    public static string Root(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}/odata";

    /// <summary>A ready-to-paste URL of the proposal ledger that authenticates by itself (access_token in the query).</summary>
    public static string For(HttpRequest request, string token) =>
        $"{Root(request)}/Proposals?{AccessTokenAuthentication.QueryParameter}={Uri.EscapeDataString(token)}";
}
