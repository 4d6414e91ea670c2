using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Primitives;

namespace DeputyPortal.Api.OData;

/// <summary>
/// Rewrites timestamp literals with an offset (<c>2026-03-01T00:00:00+08:00</c>) in the feed's $filter and $apply to
/// the same instant in UTC before OData reads them: PostgreSQL's driver accepts only UTC instants, and a client in
/// China writes +08:00. Text inside string literals ('…') is left as it is.
/// </summary>
public static partial class OffsetLiterals
{
    private static readonly string[] Options = ["$filter", "$apply"];

    public static IApplicationBuilder UseFeedOffsetLiterals(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.Request.Path.StartsWithSegments("/odata") && context.Request.QueryString.HasValue)
        {
            var query = context.Request.Query;
            if (Options.Any(o => query.TryGetValue(o, out var v) && Literal().IsMatch(v.ToString())))
            {
                var rewritten = query.ToDictionary(p => p.Key, p => Options.Contains(p.Key) ? new StringValues(ToUtc(p.Value.ToString())) : p.Value);
                context.Request.QueryString = QueryString.Create(rewritten);
            }
        }

        await next(context);
    });

    public static string ToUtc(string expression)
    {
        var result = new StringBuilder(expression.Length);
        var parts = expression.Split('\'');
        for (var i = 0; i < parts.Length; i++)
        {
            if (i > 0)
            {
                result.Append('\'');
            }

            // Even parts are outside string literals ('' inside a literal splits into an empty odd/even pair, which is harmless).
            result.Append(i % 2 == 0
                ? Literal().Replace(parts[i], m => DateTimeOffset.Parse(m.Value, CultureInfo.InvariantCulture).ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture))
                : parts[i]);
        }

        return result.ToString();
    }

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?[+-]\d{2}:\d{2}")]
    private static partial Regex Literal();
}
