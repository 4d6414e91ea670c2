using System.Net.Http.Headers;
using System.Text.Json;
using System.Xml;
using Microsoft.OData;
using Microsoft.OData.Edm;
using Microsoft.OData.Edm.Csdl;

namespace DeputyPortal.Api.FunctionalTests.OData;

/// <summary>Reads the feed as a conformant OData client does: $metadata with the CSDL reader, payloads with ODataMessageReader.</summary>
public static class ODataClient
{
    public static async Task<IEdmModel> MetadataAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/odata/$metadata");
        response.EnsureSuccessStatusCode();
        using var reader = XmlReader.Create(await response.Content.ReadAsStreamAsync());
        return CsdlReader.Parse(reader);
    }

    /// <summary>One page of a set: its rows (property name → value), @odata.count and @odata.nextLink.</summary>
    public static Task<FeedPage> ReadPageAsync(HttpClient client, IEdmModel model, string url, string setName) =>
        ReadAsync(client, model, url, setName, new ODataMessageReaderSettings());

    /// <summary>
    /// One page of grouped rows ($apply), read as a conformant client reads them: rows of the set whose aggregated
    /// values (the aliases) are dynamic properties, which OData's aggregation extension allows on any type (so the
    /// reader is told not to refuse properties the set's type does not declare). Everything else is checked as usual.
    /// </summary>
    public static Task<FeedPage> ReadGroupsAsync(HttpClient client, IEdmModel model, string url, string setName) =>
        ReadAsync(client, model, url, setName, new ODataMessageReaderSettings
        {
            Validations = ValidationKinds.All & ~ValidationKinds.ThrowOnUndeclaredPropertyForNonOpenType,
        });

    private static async Task<FeedPage> ReadAsync(HttpClient client, IEdmModel model, string url, string setName, ODataMessageReaderSettings settings)
    {
        using var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{url} answered {(int)response.StatusCode}: {body}");
        var message = new ResponseMessage(body, response.Content.Headers.ContentType!.ToString());
        using var messageReader = new ODataMessageReader((IODataResponseMessage)message, settings, model);
        var set = model.EntityContainer.FindEntitySet(setName);
        var reader = messageReader.CreateODataResourceSetReader(set, set.EntityType);
        var rows = new List<Dictionary<string, object?>>();
        ODataResourceSet? feed = null;
        var depth = 0;
        while (reader.Read())
        {
            switch (reader.State)
            {
                case ODataReaderState.ResourceStart:
                    depth++;
                    break;
                case ODataReaderState.ResourceEnd:
                    if (depth-- == 1 && reader.Item is ODataResource resource)
                    {
                        rows.Add(resource.Properties.OfType<ODataProperty>().ToDictionary(p => p.Name, p => Plain(p.Value)));
                    }

                    break;
                case ODataReaderState.ResourceSetEnd when depth == 0:
                    feed = (ODataResourceSet)reader.Item;
                    break;
            }
        }

        return new FeedPage(rows, feed?.Count, feed?.NextPageLink, body);
    }

    /// <summary>An answer read as plain JSON.</summary>
    public static async Task<JsonElement> JsonAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{url} answered {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static object? Plain(object? value) => value switch
    {
        ODataEnumValue e => e.Value,
        ODataUntypedValue u => Untyped(u.RawValue),
        _ => value,
    };

    /// <summary>A dynamic property without a type annotation, as its JSON says: a whole number, a decimal, a string, a boolean or null.</summary>
    private static object? Untyped(string raw)
    {
        var json = JsonDocument.Parse(raw).RootElement;
        return json.ValueKind switch
        {
            JsonValueKind.Number => json.TryGetInt64(out var whole) ? whole : json.GetDecimal(),
            JsonValueKind.String => json.GetString(),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Null => null,
            _ => raw,
        };
    }

    private sealed class ResponseMessage(string body, string contentType) : IODataResponseMessage
    {
        private readonly Dictionary<string, string> _headers = new() { ["Content-Type"] = contentType };

        public IEnumerable<KeyValuePair<string, string>> Headers => _headers;

        public int StatusCode { get; set; } = 200;

        public string GetHeader(string headerName) => _headers.TryGetValue(headerName, out var v) ? v : null!;

        public void SetHeader(string headerName, string headerValue) => _headers[headerName] = headerValue;

        public Stream GetStream() => new MemoryStream(System.Text.Encoding.UTF8.GetBytes(body));
    }
}

/// <param name="Body">The payload as it was read, for assertions on its envelope (@odata.context).</param>
public sealed record FeedPage(IReadOnlyList<Dictionary<string, object?>> Rows, long? Count, Uri? NextLink, string Body);

public static class FeedClients
{
    public static void UseBasic(this HttpClient client, string userName, string password) =>
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{userName}:{password}")));
}
