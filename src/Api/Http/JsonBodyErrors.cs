using System.Text.Json;
using System.Text.RegularExpressions;

namespace DeputyPortal.Api.Http;

/// <summary>
/// Names the field a JSON body got wrong, from what System.Text.Json reports: a required member missing or null
/// where the type forbids it (both <c>Required</c>, as the validators name an empty value), or a value of the wrong
/// JSON type or out of the type's range (<c>JsonType</c>). A body that is not JSON at all, or not an object, names
/// no field: that is a malformed request (400), not a field error.
/// </summary>
public static partial class JsonBodyErrors
{
    [GeneratedRegex(@"missing required properties including: (?<names>.*)\.$", RegexOptions.Singleline)]
    private static partial Regex MissingRequired();

    [GeneratedRegex(@"'(?<name>[^']*)'")]
    private static partial Regex QuotedName();

    /// <summary>The field errors the exception describes, or null when the body itself is malformed.</summary>
    public static IReadOnlyList<FieldError>? Describe(JsonException exception)
    {
        // The reader's own errors (bad syntax, truncated input) come wrapped: nothing there is one field's fault.
        if (exception.InnerException is JsonException)
        {
            return null;
        }

        var path = FieldPath(exception.Path);
        var missing = MissingRequired().Match(exception.Message);
        if (missing.Success)
        {
            return QuotedName().Matches(missing.Groups["names"].Value)
                .Select(m => Join(path, m.Groups["name"].Value))
                .Select(field => new FieldError(field, "Required", $"缺少必填字段 {field}。"))
                .ToList();
        }

        if (path.Length == 0)
        {
            return null;
        }

        return exception.Message.Contains("null values", StringComparison.Ordinal)
            ? [new FieldError(path, "Required", $"字段 {path} 不能为 null。")]
            : [new FieldError(path, "JsonType", $"字段 {path} 的类型或取值无效。")];
    }

    /// <summary>"$.participants[0].leaveReason" → "participants[0].leaveReason"; the names are the body's own (camelCase).</summary>
    private static string FieldPath(string? jsonPath) =>
        jsonPath is null or "$" ? string.Empty : jsonPath.StartsWith("$.", StringComparison.Ordinal) ? jsonPath[2..] : jsonPath.TrimStart('$');

    private static string Join(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";
}
