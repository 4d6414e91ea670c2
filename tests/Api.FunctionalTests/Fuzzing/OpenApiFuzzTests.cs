using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using DeputyPortal.Api.FunctionalTests.Support;
using Xunit.Abstractions;

namespace DeputyPortal.Api.FunctionalTests.Fuzzing;

/// <summary>
/// Every operation of /openapi/v1.json, sent what a careless or hostile client sends: bodies with fields missing,
/// null, of the wrong type, with control characters, huge, or dated out of the window; bodies that are not JSON;
/// the wrong content type; absurd paging, sorting, searching and filtering on every list. Every answer must be a
/// 4xx problem (never a 5xx), and nothing may be written. Operations are read from the document, so a new
/// endpoint is fuzzed without new test code.
/// </summary>
public sealed class OpenApiFuzzTests(PortalFactory portal, ITestOutputHelper output) : PortalTest(portal)
{
    /// <summary>Tried in this order; an operation is fuzzed as the first that may send it (not 403), so its rules are reached.</summary>
    private static readonly string[] Writers = ["secretary.a", "admin", "unit.a", "deputy.a", "presidium.a"];

    /// <summary>
    /// Sends the operations on the caller's own account (/me/password): a well-formed body with a wrong current
    /// password rightly counts towards the lockout, and a change rightly ends the caller's tokens, so they get an
    /// account no other operation is fuzzed as.
    /// </summary>
    private const string OwnAccountWriter = "deputy2.a";

    private static readonly string HugeText = new('长', 100_000);

    private readonly List<string> _failures = [];

    [Fact]
    public async Task EveryWriteEndpoint_RefusesEveryMalformedBody_WithA4xxProblem_AndWritesNothing()
    {
        var operations = (await ReadOperationsAsync()).Where(o => o.IsWrite).ToList();
        Assert.NotEmpty(operations);
        var before = await DatabaseSnapshot.TakeAsync(Portal.Services);
        var sent = 0;

        foreach (var operation in operations)
        {
            var client = await WriterForAsync(operation);
            sent += await FuzzWriteAsync(client, operation);
        }

        output.WriteLine($"{sent} requests to {operations.Count} write operations");
        var after = await DatabaseSnapshot.TakeAsync(Portal.Services);
        _failures.AddRange(after.DifferencesFrom(before).Select(d => $"written: {d}"));
        Assert.True(_failures.Count == 0, $"{_failures.Count} of {sent} requests to {operations.Count} write operations misbehaved:\n{string.Join('\n', _failures.Take(60))}");
    }

    [Fact]
    public async Task EveryReadEndpoint_RefusesAbsurdQueryParameters_WithA4xxProblem()
    {
        var operations = (await ReadOperationsAsync()).Where(o => !o.IsWrite && o.Parameters.Any(p => p.In == "query")).ToList();
        Assert.Contains(operations, o => o.IsList);
        var sent = 0;

        foreach (var operation in operations)
        {
            var client = await ReaderForAsync(operation);
            foreach (var (description, query) in QueryMutations(operation))
            {
                sent++;
                await ExpectProblemAsync(client, operation, description, () => new HttpRequestMessage(HttpMethod.Get, operation.Url(query)));
            }
        }

        output.WriteLine($"{sent} requests to {operations.Count} read operations");
        Assert.True(_failures.Count == 0, $"{_failures.Count} of {sent} requests to {operations.Count} read operations misbehaved:\n{string.Join('\n', _failures.Take(60))}");
    }

    [Fact]
    public async Task RequiredBodyMembers_AreRequiredInTheDocument_SoClientsAndTheFuzzKnowThem()
    {
        var register = (await ReadOperationsAsync()).Single(o => o.Method == HttpMethod.Post && o.Template == "/api/v1/deputies");

        Assert.Superset(new HashSet<string> { "districtId", "name", "gender", "birthDate", "party", "isReelected", "isCountyDeputy" }, register.JsonBody!.Required.ToHashSet());
        Assert.DoesNotContain("phone", register.JsonBody.Required);
    }

    private async Task<IReadOnlyList<ApiOperation>> ReadOperationsAsync()
    {
        using var anonymous = Portal.CreateClient();
        var document = JsonNode.Parse(await anonymous.GetStringAsync("/openapi/v1.json"))!.AsObject();
        return ApiOperation.ReadAll(document);
    }

    private async Task<int> FuzzWriteAsync(HttpClient client, ApiOperation operation)
    {
        var sent = 0;
        var noQuery = new Dictionary<string, string?>();
        Task Send(string description, Func<HttpRequestMessage> request, string? requiredField = null)
        {
            sent++;
            return ExpectProblemAsync(client, operation, description, request, requiredField);
        }

        if (operation.JsonBody is { } schema)
        {
            foreach (var mutation in BodyMutations.For(schema))
            {
                await Send(mutation.Description, () => WriteRequest(operation, noQuery, mutation.Content, "application/json"), mutation.RequiredField);
            }

            var valid = BodyMutations.Valid(schema);
            await Send("the valid body, which refers to no record", () => WriteRequest(operation, noQuery, valid, "application/json"));
            await Send("a JSON body sent as text/plain", () => WriteRequest(operation, noQuery, valid, "text/plain"));
            await Send("a form body", () => WriteRequest(operation, noQuery, "a=b", "application/x-www-form-urlencoded"));
            await Send("If-Match with NUL", () => WithHeader(WriteRequest(operation, noQuery, valid, "application/json"), "If-Match", "\"1\u0000\""));
            await Send("Idempotency-Key with NUL", () => WithHeader(WriteRequest(operation, noQuery, valid, "application/json"), "Idempotency-Key", "key\u0000"));
            await Send("Idempotency-Key of 100,000 characters", () => WithHeader(WriteRequest(operation, noQuery, valid, "application/json"), "Idempotency-Key", HugeText));
        }
        else if (operation.TakesMultipart)
        {
            // Uploads are fuzzed by their own tests; here only that a body of the wrong kind is refused.
            await Send("JSON sent to an upload", () => WriteRequest(operation, noQuery, "{}", "application/json"));
            await Send("text sent to an upload", () => WriteRequest(operation, noQuery, "text", "text/plain"));
        }
        else if (operation.Parameters.Any(p => p.In == "path"))
        {
            await Send("a change of nothing that exists", () => WriteRequest(operation, noQuery, null, null));
            await Send("If-Match with NUL", () => WithHeader(WriteRequest(operation, noQuery, null, null), "If-Match", "\"1\u0000\""));
        }

        foreach (var (description, query) in QueryMutations(operation))
        {
            await Send(description, () => WriteRequest(operation, query, operation.JsonBody is null ? null : BodyMutations.Valid(operation.JsonBody), "application/json"));
        }

        return sent;
    }

    /// <summary>A write with If-Match set, so a change gets past the precondition to its rules (the id is new: it can only be refused).</summary>
    private static HttpRequestMessage WriteRequest(ApiOperation operation, IReadOnlyDictionary<string, string?> query, string? body, string? contentType)
    {
        var request = new HttpRequestMessage(operation.Method, operation.Url(query));
        request.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8);
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType!);
        }

        return request;
    }

    private static HttpRequestMessage WithHeader(HttpRequestMessage request, string name, string value)
    {
        request.Headers.Remove(name);
        request.Headers.TryAddWithoutValidation(name, value);
        return request;
    }

    /// <summary>For each query parameter, values no list or filter can take; the other required parameters stay valid.</summary>
    private static IEnumerable<(string Description, Dictionary<string, string?> Query)> QueryMutations(ApiOperation operation)
    {
        var parameters = operation.Parameters.Where(p => p.In == "query").ToList();
        var valid = parameters.Where(p => p.Required).ToDictionary(p => p.Name, p => ValidQueryValue(p));
        foreach (var parameter in parameters)
        {
            foreach (var value in AbsurdValues(parameter))
            {
                var query = new Dictionary<string, string?>(valid) { [parameter.Name] = value };
                yield return ($"?{parameter.Name}={Shorten(value)}", query);
            }
        }
    }

    private static string? ValidQueryValue(ApiParameter parameter) => parameter.Name.ToLowerInvariant() switch
    {
        "year" => "2026",
        "quarter" => "2",
        _ => parameter.Schema.Example() is JsonValue value ? value.ToString() : null,
    };

    private static string[] AbsurdValues(ApiParameter parameter)
    {
        string[] text = ["\u0000", "模糊\u0001测试", HugeText];
        var kind = parameter.Schema.Kind;
        return parameter.Name.ToLowerInvariant() switch
        {
            "page" => ["0", "-1", "100001", "2147483647", "2147483648", "abc", "1.5", .. text],
            "pagesize" => ["0", "-1", "201", "2147483647", "abc", .. text],
            "sort" => ["nosuchkey", "-", "--name", .. text],
            "search" => text,
            _ => kind switch
            {
                ValueKind.WholeNumber or ValueKind.Number => ["abc", "99999999999", "-2147483649", .. text],
                ValueKind.Boolean => ["maybe", .. text],
                ValueKind.Id => ["not-a-guid", .. text],
                ValueKind.Date => ["1899-12-31", "9999-12-31", "2026-02-30", "abc", .. text],
                ValueKind.DateTime => ["9999-12-31T23:59:59+08:00", "abc", .. text],
                ValueKind.Enum => ["NoSuchMember", .. text],
                _ => text,
            },
        };
    }

    private async Task ExpectProblemAsync(HttpClient client, ApiOperation operation, string description, Func<HttpRequestMessage> request, string? requiredField = null)
    {
        using var message = request();
        using var response = await client.SendAsync(message);
        var status = (int)response.StatusCode;
        var body = await response.Content.ReadAsStringAsync();
        var what = $"{operation} {description}: {status}";
        if (status is < 400 or >= 500)
        {
            _failures.Add($"{what} {Shorten(body, 300)}");
            return;
        }

        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            _failures.Add($"{what} answered {response.Content.Headers.ContentType?.MediaType ?? "no content type"}, not a problem");
            return;
        }

        if (requiredField is not null && !NamesRequired(body, requiredField))
        {
            _failures.Add($"{what} does not name {requiredField} as Required: {Shorten(body, 300)}");
        }
    }

    private static bool NamesRequired(string body, string field)
    {
        using var json = JsonDocument.Parse(body);
        return json.RootElement.TryGetProperty("errors", out var errors)
            && errors.EnumerateArray().Any(e => e.GetProperty("field").GetString() == field && e.GetProperty("rule").GetString() == "Required");
    }

    private async Task<HttpClient> WriterForAsync(ApiOperation operation)
    {
        if (operation.Template == "/api/v1/auth/token")
        {
            return Portal.CreateClient();
        }

        if (operation.Template.StartsWith("/api/v1/me/", StringComparison.Ordinal))
        {
            return await As(OwnAccountWriter);
        }

        // The valid body refers to no record, so whoever may send it is refused for that (404/422), not for the role (403).
        var body = operation.JsonBody is null ? null : BodyMutations.Valid(operation.JsonBody);
        foreach (var user in Writers)
        {
            var client = await As(user);
            using var probe = WriteRequest(operation, new Dictionary<string, string?>(), body, operation.TakesMultipart ? "text/plain" : "application/json");
            using var response = await client.SendAsync(probe);
            if (response.StatusCode != HttpStatusCode.Forbidden)
            {
                return client;
            }
        }

        return await As(Writers[0]);
    }

    private async Task<HttpClient> ReaderForAsync(ApiOperation operation)
    {
        foreach (var user in Writers)
        {
            var client = await As(user);
            using var response = await client.GetAsync(operation.Url(new Dictionary<string, string?>(
                operation.Parameters.Where(p => p is { In: "query", Required: true }).ToDictionary(p => p.Name, p => ValidQueryValue(p)))));
            if (response.StatusCode != HttpStatusCode.Forbidden)
            {
                return client;
            }
        }

        return await As(Writers[0]);
    }

    private static string Shorten(string text, int length = 40) =>
        text.Length <= length ? text.Replace("\u0000", "\\0", StringComparison.Ordinal) : $"{text[..length].Replace("\u0000", "\\0", StringComparison.Ordinal)}…({text.Length})";
}
