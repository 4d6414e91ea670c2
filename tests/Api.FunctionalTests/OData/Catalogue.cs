using System.Text.RegularExpressions;

namespace DeputyPortal.Api.FunctionalTests.OData;

/// <summary>
/// The ready queries of docs/odata.md ("Ready queries 常用查询"), read from the table itself, so a test runs exactly
/// the URL the documentation gives county staff.
/// </summary>
public static partial class Catalogue
{
    private static readonly Lazy<Dictionary<string, string>> Queries = new(Read);

    public static IReadOnlyCollection<string> Ids => [.. Queries.Value.Keys];

    public static string Url(string id) =>
        Queries.Value.TryGetValue(id, out var url) ? url : throw new KeyNotFoundException($"docs/odata.md has no ready query {id}.");

    private static Dictionary<string, string> Read()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "DeputyPortal.sln")))
        {
            directory = directory.Parent;
        }

        var path = Path.Combine(directory?.FullName ?? throw new DirectoryNotFoundException("DeputyPortal.sln not found above the test binaries."), "docs", "odata.md");
        return File.ReadLines(path)
            .Select(line => Row().Match(line))
            .Where(m => m.Success)
            .ToDictionary(m => m.Groups["id"].Value, m => m.Groups["url"].Value);
    }

    /// <summary>A table row <c>| Q1 | 问题 | `/odata/…` | what it answers |</c>.</summary>
    [GeneratedRegex(@"^\|\s*(?<id>Q\d+)\s*\|[^|]*\|\s*`(?<url>/odata/[^`]+)`\s*\|")]
    private static partial Regex Row();
}
