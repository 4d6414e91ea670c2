using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace DeputyPortal.Api.FunctionalTests.Support;

public static class HttpExtensions
{
    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();

    /// <summary>Sends JSON with an If-Match header carrying the given ETag (or none when null).</summary>
    public static Task<HttpResponseMessage> SendJsonAsync(this HttpClient client, HttpMethod method, string url, object? body, string? ifMatch = null, string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return client.SendAsync(request);
    }

    public static string ETag(this HttpResponseMessage response) =>
        response.Headers.ETag?.ToString() ?? throw new InvalidOperationException("response has no ETag");

    /// <summary>Asserts the status and, for problem details, shows the body when it differs.</summary>
    public static async Task ShouldBe(this HttpResponseMessage response, HttpStatusCode expected)
    {
        if (response.StatusCode != expected)
        {
            Assert.Fail($"expected {(int)expected} {expected}, got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }

    /// <summary>The rules named in a 422 problem's errors, as "field:rule".</summary>
    public static async Task<IReadOnlyList<string>> FieldRulesAsync(this HttpResponseMessage response)
    {
        var json = await response.JsonAsync();
        return json.GetProperty("errors").EnumerateArray()
            .Select(e => $"{e.GetProperty("field").GetString()}:{e.GetProperty("rule").GetString()}")
            .ToList();
    }

    /// <summary>The rule a problem response names.</summary>
    public static async Task<string?> RuleAsync(this HttpResponseMessage response) =>
        (await response.JsonAsync()).TryGetProperty("rule", out var rule) ? rule.GetString() : null;
}
