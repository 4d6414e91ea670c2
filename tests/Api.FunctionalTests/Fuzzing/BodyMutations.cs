using System.Text.Json.Nodes;

namespace DeputyPortal.Api.FunctionalTests.Fuzzing;

/// <summary>One field of a body: where it sits (its JSON path), in which object, and what its schema says.</summary>
public sealed record BodyField(string Path, string Name, IReadOnlyList<string> ParentPath, JsonSchema Schema, bool IsRequired);

/// <summary>A body to send, what was done to the valid one, and the field that a 422 must then name (if any).</summary>
public sealed record BodyMutation(string Description, string Content, string? RequiredField = null);

/// <summary>
/// Everything the fuzz sends a JSON endpoint: its valid body with each field removed in turn, set to null, of the
/// wrong JSON type, a NUL in each text, a 100,000-character text, an out-of-window date; and bodies that are not
/// JSON objects at all.
/// </summary>
public static class BodyMutations
{
    private static readonly string Huge = new('长', 100_000);

    public static IEnumerable<BodyMutation> For(JsonSchema schema)
    {
        var valid = schema.Example() ?? new JsonObject();
        foreach (var field in Fields(schema, valid, "", []))
        {
            yield return Change(valid, field, $"without {field.Path}", parent => parent.Remove(field.Name), field.IsRequired ? field.Path : null);
            yield return Change(valid, field, $"{field.Path} = null", parent => parent[field.Name] = null);
            foreach (var wrong in WrongTypes(field.Schema.Kind))
            {
                yield return Change(valid, field, $"{field.Path} = {wrong.ToJsonString()}", parent => parent[field.Name] = wrong.DeepClone());
            }

            if (field.Schema.Kind is ValueKind.Text or ValueKind.Id or ValueKind.Date or ValueKind.DateTime or ValueKind.Enum)
            {
                yield return Change(valid, field, $"{field.Path} with NUL", parent => parent[field.Name] = "模糊\u0000测试");
                yield return Change(valid, field, $"{field.Path} with U+0001", parent => parent[field.Name] = "模糊\u0001测试");
            }

            if (field.Schema.Kind is ValueKind.Text)
            {
                yield return Change(valid, field, $"{field.Path} of 100,000 characters", parent => parent[field.Name] = Huge);
            }

            foreach (var date in OutOfWindow(field.Schema.Kind))
            {
                yield return Change(valid, field, $"{field.Path} = {date}", parent => parent[field.Name] = date);
            }
        }

        yield return new BodyMutation("truncated JSON", "{\"a\":");
        yield return new BodyMutation("not JSON", "not json");
        yield return new BodyMutation("JSON null", "null");
        yield return new BodyMutation("a JSON array", "[]");
        yield return new BodyMutation("a JSON string", "\"text\"");
        yield return new BodyMutation("an empty body", "");
        yield return new BodyMutation("an empty object", "{}");
    }

    /// <summary>The valid body's own text, to send with a content type that is not JSON.</summary>
    public static string Valid(JsonSchema schema) => (schema.Example() ?? new JsonObject()).ToJsonString();

    private static BodyMutation Change(JsonNode valid, BodyField field, string description, Action<JsonObject> change, string? requiredField = null)
    {
        var body = valid.DeepClone();
        change(Locate(body, field.ParentPath));
        return new BodyMutation(description, body.ToJsonString(), requiredField);
    }

    private static JsonObject Locate(JsonNode body, IReadOnlyList<string> parentPath)
    {
        var node = body;
        foreach (var step in parentPath)
        {
            node = step == "[0]" ? node.AsArray()[0]! : node[step]!;
        }

        return node.AsObject();
    }

    /// <summary>Every field of the body, nested objects and the first element of each array included.</summary>
    private static IEnumerable<BodyField> Fields(JsonSchema schema, JsonNode? value, string path, IReadOnlyList<string> parentPath)
    {
        if (value is JsonArray { Count: > 0 } array && schema.Items is { } items)
        {
            foreach (var field in Fields(items, array[0], $"{path}[0]", [.. parentPath, "[0]"]))
            {
                yield return field;
            }

            yield break;
        }

        if (value is not JsonObject obj || schema.Kind != ValueKind.JsonObject)
        {
            yield break;
        }

        var required = schema.Required;
        foreach (var (name, propertySchema) in schema.Properties)
        {
            var fieldPath = path.Length == 0 ? name : $"{path}.{name}";
            yield return new BodyField(fieldPath, name, parentPath, propertySchema, required.Contains(name));
            foreach (var nested in Fields(propertySchema, obj[name], fieldPath, [.. parentPath, name]))
            {
                yield return nested;
            }
        }
    }

    private static IEnumerable<JsonNode> WrongTypes(ValueKind kind) => kind switch
    {
        ValueKind.Text or ValueKind.Id or ValueKind.Date or ValueKind.DateTime => [JsonValue.Create(12345), new JsonObject()],
        ValueKind.Enum => [JsonValue.Create(7), JsonValue.Create("NoSuchMember"), new JsonArray()],
        ValueKind.WholeNumber or ValueKind.Number => [JsonValue.Create(true), JsonValue.Create(1e40), JsonValue.Create(1.5), new JsonObject()],
        ValueKind.Boolean => [JsonValue.Create("yes"), JsonValue.Create(1)],
        ValueKind.Array => [JsonValue.Create("text"), new JsonObject()],
        ValueKind.JsonObject => [JsonValue.Create(1), new JsonArray()],
        _ => [],
    };

    private static IEnumerable<string> OutOfWindow(ValueKind kind) => kind switch
    {
        ValueKind.Date => ["1899-12-31", "2101-01-01", "9999-12-31", "0001-01-01"],
        ValueKind.DateTime => ["1899-12-31T00:00:00+08:00", "9999-12-31T23:59:59+08:00", "0001-01-01T00:00:00Z"],
        _ => [],
    };
}
