using System.Text.Json.Nodes;

namespace DeputyPortal.Api.FunctionalTests.Fuzzing;

/// <summary>What kind of JSON value a schema describes, as far as fuzzing needs to know.</summary>
public enum ValueKind
{
    Unknown,
    JsonObject,
    Array,
    Text,
    Id,
    Date,
    DateTime,
    WholeNumber,
    Number,
    Boolean,
    Enum,
}

/// <summary>
/// A schema of the OpenAPI document with its references resolved: it can say which kind of value it describes,
/// build a valid example of it (a fresh GUID for every id, so an example refers to no record and writes nothing),
/// and list its properties and which of them are required.
/// </summary>
public sealed class JsonSchema(JsonObject node, JsonObject components)
{
    public const string ExampleText = "模糊测试";

    private const int MaxDepth = 5;

    private JsonObject Node { get; } = Resolve(node, components);

    public ValueKind Kind
    {
        get
        {
            if (Node["enum"] is JsonArray)
            {
                return ValueKind.Enum;
            }

            var types = Types();
            if (types.Contains("integer"))
            {
                return ValueKind.WholeNumber;
            }

            if (types.Contains("number"))
            {
                return ValueKind.Number;
            }

            if (types.Contains("boolean"))
            {
                return ValueKind.Boolean;
            }

            if (types.Contains("array") || Node["items"] is JsonObject)
            {
                return ValueKind.Array;
            }

            if (types.Contains("object") || Node["properties"] is JsonObject)
            {
                return ValueKind.JsonObject;
            }

            if (types.Contains("string"))
            {
                return (Node["format"] as JsonValue)?.GetValue<string>() switch
                {
                    "uuid" => ValueKind.Id,
                    "date" => ValueKind.Date,
                    "date-time" => ValueKind.DateTime,
                    _ => ValueKind.Text,
                };
            }

            return ValueKind.Unknown;
        }
    }

    public IEnumerable<(string Name, JsonSchema Schema)> Properties =>
        (Node["properties"] as JsonObject ?? []).Select(p => (p.Key, new JsonSchema(p.Value!.AsObject(), components)));

    public IReadOnlySet<string> Required =>
        (Node["required"] as JsonArray ?? []).Select(r => r!.GetValue<string>()).ToHashSet();

    public JsonSchema? Items => Node["items"] is JsonObject items ? new JsonSchema(items, components) : null;

    public JsonNode? Example(int depth = 0) => Kind switch
    {
        ValueKind.JsonObject when depth < MaxDepth => new JsonObject(Properties.Select(p => KeyValuePair.Create(p.Name, p.Schema.Example(depth + 1)))),
        ValueKind.Array when depth < MaxDepth && Items is { } items => new JsonArray(items.Example(depth + 1)),
        ValueKind.JsonObject => new JsonObject(),
        ValueKind.Array => new JsonArray(),
        ValueKind.Enum => (Node["enum"]!.AsArray().First(v => v is not null) ?? JsonValue.Create(ExampleText))!.DeepClone(),
        ValueKind.Id => JsonValue.Create(Guid.NewGuid()),
        ValueKind.Date => JsonValue.Create("2024-05-20"),
        ValueKind.DateTime => JsonValue.Create("2024-05-20T09:30:00+08:00"),
        ValueKind.WholeNumber or ValueKind.Number => JsonValue.Create(1),
        ValueKind.Boolean => JsonValue.Create(true),
        ValueKind.Text => JsonValue.Create(ExampleText),
        _ => null,
    };

    /// <summary>A value for a route parameter: a fresh GUID for an id, zero for a number (no year or page is zero).</summary>
    public string RouteValue() => Kind switch
    {
        ValueKind.Id => Guid.NewGuid().ToString(),
        ValueKind.WholeNumber or ValueKind.Number => "0",
        _ => Example()?.ToString() ?? ExampleText,
    };

    private HashSet<string> Types() => Node["type"] switch
    {
        JsonArray many => many.Select(t => t!.GetValue<string>()).ToHashSet(),
        JsonValue one => [one.GetValue<string>()],
        _ => [],
    };

    /// <summary>Follows $ref, and picks the non-null alternative of oneOf/anyOf/allOf (how nullable references are written).</summary>
    private static JsonObject Resolve(JsonObject schema, JsonObject components)
    {
        for (var hops = 0; hops < 10; hops++)
        {
            if (schema["$ref"] is JsonValue reference)
            {
                var name = reference.GetValue<string>().Split('/')[^1];
                schema = components[name]!.AsObject();
                continue;
            }

            var alternatives = (schema["oneOf"] ?? schema["anyOf"] ?? schema["allOf"]) as JsonArray;
            var chosen = alternatives?.OfType<JsonObject>().FirstOrDefault(a => !IsNullOnly(a));
            if (chosen is null)
            {
                return schema;
            }

            schema = chosen;
        }

        return schema;
    }

    private static bool IsNullOnly(JsonObject schema) =>
        schema["type"] is JsonValue type && type.GetValue<string>() == "null";
}
