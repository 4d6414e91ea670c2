using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace DeputyPortal.Benchmarks.Load;

public sealed record WorkflowOptions(
    Uri BaseAddress, string Deputy, string Secretary, string Unit, string Password, int Connections, TimeSpan Duration, int? ServerPid);

/// <summary>
/// A closed-loop load run of the proposal workflow's transitions against the real server: each client takes one
/// proposal from draft to evaluation (draft, submit, register, assign, reply, evaluate) as the deputy, secretary and
/// unit officer would, again and again for a fixed time. Every registration of all clients draws from the same
/// numbering series and every step writes the audit chain, so the run also shows how those two locks behave under
/// concurrent writers. Latency percentiles are reported per step.
/// </summary>
public static class WorkflowRun
{
    public static readonly string[] Steps = ["POST /proposals", "…/submit", "…/register", "…/assign", "…/reply", "…/evaluate"];

    public static async Task<IReadOnlyList<LoadResult>> RunAsync(WorkflowOptions options, CancellationToken ct)
    {
        if (!options.BaseAddress.IsLoopback)
        {
            throw new ArgumentException("load runs target this machine's loopback only");
        }

        using var deputy = await SignInAsync(options, options.Deputy, ct);
        using var secretary = await SignInAsync(options, options.Secretary, ct);
        using var unit = await SignInAsync(options, options.Unit, ct);
        var me = await deputy.GetFromJsonAsync<JsonElement>("/api/v1/me", ct);
        var termId = me.GetProperty("deputy").GetProperty("termId").GetGuid();
        var unitId = (await unit.GetFromJsonAsync<JsonElement>("/api/v1/me", ct)).GetProperty("handlingUnitId").GetGuid();

        var clients = new Clients(deputy, secretary, unit, termId, unitId);
        await OneProposalAsync(clients, new Recorder(Stopwatch.StartNew()), ct); // warm-up

        var cpuBefore = ProcessStats.CpuTicks(options.ServerPid);
        var clock = Stopwatch.StartNew();
        var deadline = options.Duration;
        var recorders = await Task.WhenAll(Enumerable.Range(0, options.Connections).Select(async _ =>
        {
            var recorder = new Recorder(clock);
            while (clock.Elapsed < deadline)
            {
                await OneProposalAsync(clients, recorder, ct);
            }

            return recorder;
        }));
        var elapsed = clock.Elapsed.TotalSeconds;
        var cpu = ProcessStats.CpuPercent(cpuBefore, ProcessStats.CpuTicks(options.ServerPid), elapsed);
        var rss = ProcessStats.PeakRssMiB(options.ServerPid);

        return Steps.Select(step =>
        {
            var all = recorders.SelectMany(r => r.Latencies[step]).Order().ToArray();
            var failures = recorders.Sum(r => r.Failures[step]);
            return new LoadResult(step, all.Length, failures, all.Length / elapsed,
                Percentile(all, 0.50), Percentile(all, 0.95), Percentile(all, 0.99), all.Length == 0 ? 0 : all[^1], cpu, rss);
        }).ToList();
    }

    private static async Task OneProposalAsync(Clients c, Recorder recorder, CancellationToken ct)
    {
        var draft = new
        {
            termId = c.TermId, kind = "Suggestion", title = "关于改善集镇道路照明的建议",
            content = "集镇主干道路灯损坏较多，夜间出行不便，建议尽快维修。", category = "城乡建设",
        };
        var proposal = await recorder.TimeAsync(Steps[0], () => c.Deputy.PostAsJsonAsync("/api/v1/proposals", draft, ct));
        if (proposal is null)
        {
            return;
        }

        var id = proposal.Value.Id;
        var etag = proposal.Value.ETag;
        (string Step, HttpClient Client, string Path, object Body)[] steps =
        [
            (Steps[1], c.Deputy, "submit", new { }),
            (Steps[2], c.Secretary, "register", new { }),
            (Steps[3], c.Secretary, "assign", new { leadUnitId = c.UnitId, coUnitIds = Array.Empty<Guid>(), isComplex = false }),
            (Steps[4], c.Unit, "reply", new { resultClass = "A", text = "已安排维修，本月内完成。", signedBy = "王主任" }),
            (Steps[5], c.Deputy, "evaluate", new { rating = "Satisfied", comment = "满意" }),
        ];
        foreach (var (step, client, path, body) in steps)
        {
            var answer = await recorder.TimeAsync(step, () =>
            {
                var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/proposals/{id}/{path}") { Content = JsonContent.Create(body) };
                request.Headers.TryAddWithoutValidation("If-Match", etag);
                return client.SendAsync(request, ct);
            });
            if (answer is null)
            {
                return;
            }

            etag = answer.Value.ETag;
        }
    }

    private static async Task<HttpClient> SignInAsync(WorkflowOptions options, string userName, CancellationToken ct)
    {
        var http = new HttpClient { BaseAddress = options.BaseAddress };
        var login = await http.PostAsJsonAsync("/api/v1/auth/token", new { userName, password = options.Password }, ct);
        login.EnsureSuccessStatusCode();
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("access_token").GetString();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http;
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    private sealed record Clients(HttpClient Deputy, HttpClient Secretary, HttpClient Unit, Guid TermId, Guid UnitId);

    private sealed class Recorder(Stopwatch clock)
    {
        public Dictionary<string, List<double>> Latencies { get; } = Steps.ToDictionary(s => s, _ => new List<double>());

        public Dictionary<string, int> Failures { get; } = Steps.ToDictionary(s => s, _ => 0);

        /// <summary>Times one request; answers the proposal's id and new ETag, or null when the step failed.</summary>
        public async Task<(Guid Id, string ETag)?> TimeAsync(string step, Func<Task<HttpResponseMessage>> send)
        {
            var started = clock.Elapsed;
            using var response = await send();
            var body = await response.Content.ReadAsStringAsync();
            Latencies[step].Add((clock.Elapsed - started).TotalMilliseconds);
            if (!response.IsSuccessStatusCode)
            {
                Failures[step]++;
                await Console.Error.WriteLineAsync($"{step}: {(int)response.StatusCode} {body}");
                return null;
            }

            var id = JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid();
            return (id, response.Headers.ETag?.ToString() ?? string.Empty);
        }
    }
}

/// <summary>CPU time and peak resident memory of the server process, from /proc.</summary>
public static class ProcessStats
{
    /// <summary>utime + stime in clock ticks (USER_HZ = 100 on Linux).</summary>
    public static long? CpuTicks(int? pid)
    {
        if (pid is null || !File.Exists($"/proc/{pid}/stat"))
        {
            return null;
        }

        var fields = File.ReadAllText($"/proc/{pid}/stat").Split(')')[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
    }

    public static double? CpuPercent(long? before, long? after, double elapsedSeconds) =>
        before is { } b && after is { } a ? (a - b) / 100.0 / elapsedSeconds * 100 : null;

    public static double? PeakRssMiB(int? pid)
    {
        if (pid is null || !File.Exists($"/proc/{pid}/status"))
        {
            return null;
        }

        var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return line is null ? null : double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
    }
}
