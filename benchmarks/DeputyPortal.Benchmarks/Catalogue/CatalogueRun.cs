using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;

namespace DeputyPortal.Benchmarks.Catalogue;

public sealed record CatalogueOptions(Uri BaseAddress, string UserName, string Password, string ConnectionString, int Runs, int WarmUp);

public sealed record CatalogueResult(string Id, Timing Feed, int FeedRows, int FeedRequests, Timing? Sql, int? SqlRows)
{
    public string ToMarkdownRow()
    {
        var rows = string.Create(CultureInfo.InvariantCulture, $"{FeedRows} ({FeedRequests} req)");
        if (Sql is null)
        {
            return string.Create(CultureInfo.InvariantCulture, $"| {Id} | {Feed.MedianMs:0.0} | {Feed.P95Ms:0.0} | SQL not written | | | {rows} |");
        }

        var mismatch = SqlRows == FeedRows ? "" : string.Create(CultureInfo.InvariantCulture, $" ≠ SQL {SqlRows}");
        return string.Create(
            CultureInfo.InvariantCulture,
            $"| {Id} | {Feed.MedianMs:0.0} | {Feed.P95Ms:0.0} | {Sql.MedianMs:0.0} | {Sql.P95Ms:0.0} | {Feed.MedianMs / Sql.MedianMs:0.00}x | {rows}{mismatch} |");
    }
}

public sealed record Timing(double MedianMs, double P95Ms)
{
    public static Timing Of(IEnumerable<double> samples)
    {
        var sorted = samples.Order().ToArray();
        return new Timing(Percentile(sorted, 0.50), Percentile(sorted, 0.95));
    }

    private static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}

/// <summary>
/// Every ready query of docs/odata.md against the real server, one request after another as one client (Excel,
/// Power BI) sends them: a whole answer is every page, following <c>@odata.nextLink</c> to the end. Beside each, the
/// hand-written SQL of <see cref="CatalogueSql"/> for the same answer, run through Npgsql and read to the last row.
/// Loopback only.
/// </summary>
public static class CatalogueRun
{
    public static async Task<IReadOnlyList<CatalogueResult>> RunAsync(CatalogueOptions options, TextWriter log, CancellationToken ct)
    {
        if (!options.BaseAddress.IsLoopback)
        {
            throw new ArgumentException("catalogue runs target this machine's loopback only");
        }

        using var http = new HttpClient { BaseAddress = options.BaseAddress, Timeout = TimeSpan.FromMinutes(5) };
        var login = await http.PostAsJsonAsync("/api/v1/auth/token", new { userName = options.UserName, password = options.Password }, ct);
        login.EnsureSuccessStatusCode();
        var token = (await login.Content.ReadFromJsonAsync<TokenAnswer>(ct))!.access_token;
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        await using var dataSource = NpgsqlDataSource.Create(options.ConnectionString);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeBySystemTimeZoneId(DateTime.UtcNow, "Asia/Shanghai"));
        var results = new List<CatalogueResult>();
        foreach (var (id, url) in CatalogueDocument.Read(CatalogueDocument.Locate()))
        {
            var feed = new List<double>();
            (int Rows, int Requests) answer = default;
            for (var i = 0; i < options.WarmUp + options.Runs; i++)
            {
                var started = Stopwatch.GetTimestamp();
                answer = await ReadFeedAsync(http, url, ct);
                if (i >= options.WarmUp)
                {
                    feed.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
            }

            Timing? sqlTiming = null;
            int? sqlRows = null;
            if (CatalogueSql.Queries.TryGetValue(id, out var sql))
            {
                var samples = new List<double>();
                for (var i = 0; i < options.WarmUp + options.Runs; i++)
                {
                    var started = Stopwatch.GetTimestamp();
                    sqlRows = await ReadSqlAsync(dataSource, sql, today, ct);
                    if (i >= options.WarmUp)
                    {
                        samples.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    }
                }

                sqlTiming = Timing.Of(samples);
            }

            var result = new CatalogueResult(id, Timing.Of(feed), answer.Rows, answer.Requests, sqlTiming, sqlRows);
            results.Add(result);
            await log.WriteLineAsync(result.ToMarkdownRow());
        }

        return results;
    }

    private static async Task<(int Rows, int Requests)> ReadFeedAsync(HttpClient http, string url, CancellationToken ct)
    {
        var rows = 0;
        var requests = 0;
        string? next = url;
        while (next is not null)
        {
            using var response = await http.GetAsync(next, ct);
            requests++;
            if (!response.IsSuccessStatusCode)
            {
                throw new HttpRequestException($"{url} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(ct)}");
            }

            using var body = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(ct), cancellationToken: ct);
            rows += body.RootElement.GetProperty("value").GetArrayLength();
            next = body.RootElement.TryGetProperty("@odata.nextLink", out var link) ? link.GetString() : null;
        }

        return (rows, requests);
    }

    private static async Task<int> ReadSqlAsync(NpgsqlDataSource dataSource, string sql, DateOnly today, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand(sql);
        CatalogueSql.Bind(command, today);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var rows = 0;
        var values = new object[reader.FieldCount];
        while (await reader.ReadAsync(ct))
        {
            reader.GetValues(values);
            rows++;
        }

        return rows;
    }

    private sealed record TokenAnswer(string access_token);
}
