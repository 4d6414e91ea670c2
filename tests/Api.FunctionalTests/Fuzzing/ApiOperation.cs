using System.Text.Json.Nodes;

namespace DeputyPortal.Api.FunctionalTests.Fuzzing;

/// <summary>One parameter of an operation, as the OpenAPI document declares it.</summary>
public sealed record ApiParameter(string Name, string In, bool Required, JsonSchema Schema);

/// <summary>One operation of the OpenAPI document: its method, route template, parameters and request body.</summary>
public sealed record ApiOperation(
    HttpMethod Method, string Template, IReadOnlyList<ApiParameter> Parameters, IReadOnlyList<string> BodyContentTypes, JsonSchema? JsonBody)
{
    public bool IsWrite => Method != HttpMethod.Get && Method != HttpMethod.Head;

    public bool IsList => Method == HttpMethod.Get && Parameters.Any(p => p.In == "query" && string.Equals(p.Name, "page", StringComparison.OrdinalIgnoreCase));

    public bool TakesMultipart => BodyContentTypes.Any(c => c.StartsWith("multipart/", StringComparison.Ordinal));

    public override string ToString() => $"{Method} {Template}";

    /// <summary>The operation's URL: route parameters filled with valid-looking values (a fresh GUID for an id), the query given.</summary>
    public string Url(IReadOnlyDictionary<string, string?> query)
    {
        var path = Template;
        foreach (var parameter in Parameters.Where(p => p.In == "path"))
        {
            path = path.Replace($"{{{parameter.Name}}}", Uri.EscapeDataString(parameter.Schema.RouteValue()), StringComparison.Ordinal);
        }

        var pairs = query.Where(q => q.Value is not null).Select(q => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(q.Value!)}").ToList();
        return pairs.Count == 0 ? path : $"{path}?{string.Join('&', pairs)}";
    }

    /// <summary>Every operation under /api/v1 that the document describes.</summary>
    public static IReadOnlyList<ApiOperation> ReadAll(JsonObject document)
    {
        var schemas = document["components"]?["schemas"] as JsonObject ?? [];
        var operations = new List<ApiOperation>();
        foreach (var (template, item) in document["paths"]!.AsObject())
        {
            if (!template.StartsWith("/api/v1/", StringComparison.Ordinal) || item is not JsonObject methods)
            {
                continue;
            }

            var shared = methods["parameters"] as JsonArray ?? [];
            foreach (var (method, operation) in methods)
            {
                if (method is "parameters" or "summary" or "description" || operation is not JsonObject op)
                {
                    continue;
                }

                var parameters = shared.Concat(op["parameters"] as JsonArray ?? [])
                    .OfType<JsonObject>()
                    .Select(p => new ApiParameter(
                        p["name"]!.GetValue<string>(),
                        p["in"]!.GetValue<string>(),
                        p["required"]?.GetValue<bool>() ?? false,
                        new JsonSchema(p["schema"] as JsonObject ?? [], schemas)))
                    .ToList();
                var content = op["requestBody"]?["content"] as JsonObject ?? [];
                var json = content["application/json"]?["schema"] as JsonObject;
                operations.Add(new ApiOperation(
                    new HttpMethod(method.ToUpperInvariant()),
                    template,
                    parameters,
                    content.Select(c => c.Key).ToList(),
                    json is null ? null : new JsonSchema(json, schemas)));
            }
        }

        return operations;
    }
}
