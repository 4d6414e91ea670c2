using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace DeputyPortal.Benchmarks.Load;

/// <summary>What to load; <see cref="Portal"/> signs in through the portal's form (a cookie, as a browser does) instead of a bearer token.</summary>
public sealed record LoadOptions(Uri BaseAddress, string UserName, string Password, string Path, int Connections, TimeSpan Duration, int? ServerPid, bool Portal = false);

public sealed record LoadResult(
    string Path, int Requests, int Failures, double Throughput, double P50Ms, double P95Ms, double P99Ms, double MaxMs, double? ServerCpuPercent, double? ServerPeakRssMiB)
{
    /// <summary>A row of the tables in docs/performance.md.</summary>
    public string ToMarkdownRow() => string.Create(
        System.Globalization.CultureInfo.InvariantCulture,
        $"| `{Path}` | {Requests} | {Failures} | {Throughput:0} | {P50Ms:0.0} | {P95Ms:0.0} | {P99Ms:0.0} | {MaxMs:0.0} | {ServerCpuPercent:0} | {ServerPeakRssMiB:0} |");
}

/// <summary>
/// A closed-loop load run against the real server on loopback: N concurrent clients each send the next request as soon
/// as the previous answers, for a fixed time. Latency percentiles come from every request; server CPU and peak RSS from
/// /proc of the server process. Bounded in time, loopback only.
/// </summary>
public static class LoadRun
{
    public static async Task<LoadResult> RunAsync(LoadOptions options, CancellationToken ct)
    {
        if (!options.BaseAddress.IsLoopback)
        {
            throw new ArgumentException("load runs target this machine's loopback only");
        }

        using var http = new HttpClient(new SocketsHttpHandler { UseCookies = options.Portal, AllowAutoRedirect = false })
        {
            BaseAddress = options.BaseAddress,
        };
        if (options.Portal)
        {
            await PortalSignInAsync(http, options, ct);
        }
        else
        {
            var login = await http.PostAsJsonAsync("/api/v1/auth/token", new { userName = options.UserName, password = options.Password }, ct);
            login.EnsureSuccessStatusCode();
            var token = (await login.Content.ReadFromJsonAsync<TokenAnswer>(ct))!.access_token;
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        for (var i = 0; i < 20; i++)
        {
            (await http.GetAsync(options.Path, ct)).Dispose(); // warm-up: JIT, connection pool, plan cache
        }

        var cpuBefore = ProcessStats.CpuTicks(options.ServerPid);
        var clock = Stopwatch.StartNew();
        var deadline = clock.Elapsed + options.Duration;
        var perClient = await Task.WhenAll(Enumerable.Range(0, options.Connections).Select(async _ =>
        {
            var latencies = new List<double>();
            var failures = 0;
            while (clock.Elapsed < deadline)
            {
                var started = clock.Elapsed;
                using var response = await http.GetAsync(options.Path, ct);
                await response.Content.LoadIntoBufferAsync(ct);
                latencies.Add((clock.Elapsed - started).TotalMilliseconds);
                failures += response.IsSuccessStatusCode ? 0 : 1;
            }

            return (latencies, failures);
        }));
        var elapsed = clock.Elapsed.TotalSeconds;
        var cpuAfter = ProcessStats.CpuTicks(options.ServerPid);

        var all = perClient.SelectMany(c => c.latencies).Order().ToArray();
        var cpu = ProcessStats.CpuPercent(cpuBefore, cpuAfter, elapsed);
        return new LoadResult(
            options.Path, all.Length, perClient.Sum(c => c.failures), all.Length / elapsed,
            Percentile(all, 0.50), Percentile(all, 0.95), Percentile(all, 0.99), all[^1], cpu, ProcessStats.PeakRssMiB(options.ServerPid));
    }

    /// <summary>Posts the sign-in form with its antiforgery token; the handler keeps the cookies for every request after.</summary>
    private static async Task PortalSignInAsync(HttpClient http, LoadOptions options, CancellationToken ct)
    {
        var form = await http.GetStringAsync("/account/login", ct);
        var antiforgery = System.Text.RegularExpressions.Regex.Match(form, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        using var signIn = await http.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = options.UserName,
            ["Password"] = options.Password,
            ["__RequestVerificationToken"] = System.Net.WebUtility.HtmlDecode(antiforgery),
        }), ct);
        if (signIn.StatusCode != System.Net.HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"portal sign-in as {options.UserName} answered {(int)signIn.StatusCode}, not a redirect");
        }
    }

    private static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    private sealed record TokenAnswer(string access_token);
}
