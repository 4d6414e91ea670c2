using System.Globalization;
using BenchmarkDotNet.Running;
using DeputyPortal.Benchmarks.Generation;
using DeputyPortal.Benchmarks.Load;

// generate --scale town|county|province [--connection CS]   bulk-loads a synthetic county (default: dp_bench_<scale>)
// micro | queries                                          BenchmarkDotNet suites (pass BenchmarkDotNet options after --)
// load --url U --user N --password P --path /api/v1/... [--connections 4] [--seconds 15] [--server-pid PID] [--portal true]
//                                                          (--portal true: signs in through the portal's form, for pages)
// accounts [--connection CS | --scale S]                   adds bench.* accounts to a generated database's first township
// catalogue --url U --user N --password P --connection CS [--runs 20] [--warmup 3]   docs/odata.md's ready queries beside SQL
// workflow --url U --deputy D --secretary S --unit N --password P [--connections 4] [--seconds 15] [--server-pid PID]
var command = args.FirstOrDefault() ?? "help";
var options = ParseOptions(args.Skip(1).TakeWhile(a => a != "--").ToArray());
var passThrough = args.SkipWhile(a => a != "--").Skip(1).ToArray();

switch (command)
{
    case "generate":
        var scale = Scale.Parse(options.GetValueOrDefault("scale", "town"));
        var connection = options.GetValueOrDefault("connection") ?? DeputyPortal.Benchmarks.BenchmarkDatabase.For(scale.Name);
        Console.WriteLine($"generating scale '{scale.Name}': {scale.Townships} townships, {scale.Deputies} deputies, {scale.Constituents} constituents, {scale.Proposals} proposals");
        var took = await GenerateCommand.RunAsync(scale, connection, Console.Out, CancellationToken.None);
        Console.WriteLine($"done in {took.TotalSeconds:0.0} s");
        return 0;
    case "micro":
        BenchmarkRunner.Run<DeputyPortal.Benchmarks.Micro.DomainBenchmarks>(args: passThrough);
        return 0;
    case "queries":
        BenchmarkRunner.Run<DeputyPortal.Benchmarks.Queries.ListQueryBenchmarks>(args: passThrough);
        return 0;
    case "load":
        var result = await LoadRun.RunAsync(
            new LoadOptions(
                new Uri(options["url"]), options["user"], options["password"], options["path"],
                int.Parse(options.GetValueOrDefault("connections", "4"), CultureInfo.InvariantCulture),
                TimeSpan.FromSeconds(int.Parse(options.GetValueOrDefault("seconds", "15"), CultureInfo.InvariantCulture)),
                options.TryGetValue("server-pid", out var pid) ? int.Parse(pid, CultureInfo.InvariantCulture) : null,
                options.GetValueOrDefault("portal") == "true"),
            CancellationToken.None);
        Console.WriteLine(result.ToMarkdownRow());
        return result.Failures == 0 ? 0 : 1;
    case "accounts":
        await BenchAccounts.CreateAsync(
            options.GetValueOrDefault("connection") ?? DeputyPortal.Benchmarks.BenchmarkDatabase.For(options.GetValueOrDefault("scale", "county")),
            Console.Out,
            CancellationToken.None);
        return 0;
    case "catalogue":
        Console.WriteLine("| query | feed median ms | feed p95 ms | SQL median ms | SQL p95 ms | feed ÷ SQL | rows (feed requests) |");
        Console.WriteLine("|---|---|---|---|---|---|---|");
        await DeputyPortal.Benchmarks.Catalogue.CatalogueRun.RunAsync(
            new DeputyPortal.Benchmarks.Catalogue.CatalogueOptions(
                new Uri(options["url"]), options["user"], options["password"], options["connection"],
                int.Parse(options.GetValueOrDefault("runs", "20"), CultureInfo.InvariantCulture),
                int.Parse(options.GetValueOrDefault("warmup", "3"), CultureInfo.InvariantCulture)),
            Console.Out,
            CancellationToken.None);
        return 0;
    case "workflow":
        var steps = await WorkflowRun.RunAsync(
            new WorkflowOptions(
                new Uri(options["url"]), options["deputy"], options["secretary"], options["unit"], options["password"],
                int.Parse(options.GetValueOrDefault("connections", "4"), CultureInfo.InvariantCulture),
                TimeSpan.FromSeconds(int.Parse(options.GetValueOrDefault("seconds", "15"), CultureInfo.InvariantCulture)),
                options.TryGetValue("server-pid", out var workflowPid) ? int.Parse(workflowPid, CultureInfo.InvariantCulture) : null),
            CancellationToken.None);
        foreach (var step in steps)
        {
            Console.WriteLine(step.ToMarkdownRow());
        }

        return steps.Sum(s => s.Failures) == 0 ? 0 : 1;
    default:
        Console.WriteLine("usage: generate --scale town|county|province | micro | queries | load --url … --user … --password … --path … | accounts | catalogue --url … --user … --password … --connection … | workflow --url … --deputy … --secretary … --unit … --password …");
        return command == "help" ? 0 : 2;
}

static Dictionary<string, string> ParseOptions(string[] args) =>
    Enumerable.Range(0, args.Length / 2).ToDictionary(i => args[2 * i].TrimStart('-'), i => args[(2 * i) + 1]);
