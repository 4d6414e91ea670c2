using System.Globalization;
using DeputyPortal.Application.Common.Exceptions;

namespace DeputyPortal.Api.Http;

/// <summary>ETags are the record's row version (PostgreSQL xmin) in quotes; If-Match must carry one on every change.</summary>
public static class ETags
{
    public static string Format(uint version) => $"\"{version.ToString(CultureInfo.InvariantCulture)}\"";

    /// <summary>The version the caller last read; 428 when If-Match is missing, 412 when it names no version we issue.</summary>
    public static uint RequireIfMatch(HttpRequest request)
    {
        var header = request.Headers.IfMatch.ToString().Trim();
        if (header.Length == 0 || header == "*")
        {
            throw new PreconditionRequiredException();
        }

        var value = header.StartsWith("W/", StringComparison.Ordinal) ? header[2..] : header;
        return uint.TryParse(value.Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            ? version
            : throw new StaleVersionException("记录");
    }
}
