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
    public static async Task<FeedPage> ReadPageAsync(HttpClient client, IEdmModel model, string url, string setName)
    {
        using var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{url} answered {(int)response.StatusCode}: {body}");
        var message = new ResponseMessage(body, response.Content.Headers.ContentType!.ToString());
        using var messageReader = new ODataMessageReader((IODataResponseMessage)message, new ODataMessageReaderSettings(), model);
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

        return new FeedPage(rows, feed?.Count, feed?.NextPageLink);
    }

    /// <summary>An answer read as plain JSON (for $apply results, which are not entities of the set).</summary>
    public static async Task<JsonElement> JsonAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{url} answered {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static object? Plain(object? value) => value is ODataEnumValue e ? e.Value : value;

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

public sealed record FeedPage(IReadOnlyList<Dictionary<string, object?>> Rows, long? Count, Uri? NextLink);

public static class FeedClients
{
    public static void UseBasic(this HttpClient client, string userName, string password) =>
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{userName}:{password}")));
}
