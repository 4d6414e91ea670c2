namespace DeputyPortal.Api.OData;

/// <summary>The feed's limits (section "OData" of the settings).</summary>
public sealed class FeedOptions
{
    /// <summary>Rows per page before the server answers @odata.nextLink.</summary>
    public int PageSize { get; set; } = 500;

    /// <summary>The largest $top a caller may ask for.</summary>
    public int MaxTop { get; set; } = 1000;

    /// <summary>How long one of the feed's SQL statements may run before it is cancelled (and the request answers 400).</summary>
    public int StatementTimeoutSeconds { get; set; } = 30;

    /// <summary>The longest query string the feed reads; a longer one answers 400 before it is parsed.</summary>
    public int MaxQueryLength { get; set; } = 4096;
}
