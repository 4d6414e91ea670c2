using System.Text.RegularExpressions;

namespace DeputyPortal.Benchmarks.Catalogue;

/// <summary>
/// The ready queries of docs/odata.md, read from the document itself the way tests/Api.FunctionalTests/OData/Catalogue.cs
/// reads them: the table rows <c>| Q1 | 问题 | `/odata/…` | … |</c> and the compliance-set bullets
/// <c>- **Q13** … :</c> followed by a line <c>`/odata/…`</c>. So the run measures exactly the URLs county staff are given.
/// </summary>
public static partial class CatalogueDocument
{
    public static IReadOnlyList<(string Id, string Url)> Read(string path)
    {
        var lines = File.ReadAllLines(path);
        var queries = new List<(string, string)>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (TableRow().Match(lines[i]) is { Success: true } row)
            {
                queries.Add((row.Groups["id"].Value, row.Groups["url"].Value));
            }
            else if (Bullet().Match(lines[i]) is { Success: true } bullet && i + 1 < lines.Length
                && BulletUrl().Match(lines[i + 1]) is { Success: true } url)
            {
                queries.Add((bullet.Groups["id"].Value, url.Groups["url"].Value));
            }
        }

        return queries;
    }

    /// <summary>docs/odata.md above the working directory or the binaries (the repository's root holds DeputyPortal.sln).</summary>
    public static string Locate()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "DeputyPortal.sln")))
                {
                    return Path.Combine(directory.FullName, "docs", "odata.md");
                }
            }
        }

        throw new DirectoryNotFoundException("DeputyPortal.sln not found above the working directory or the binaries.");
    }

    [GeneratedRegex(@"^\|\s*(?<id>Q\d+)\s*\|[^|]*\|\s*`(?<url>/odata/[^`]+)`\s*\|")]
    private static partial Regex TableRow();

    [GeneratedRegex(@"^-\s+\*\*(?<id>Q\d+)\*\*.*:\s*$")]
    private static partial Regex Bullet();

    [GeneratedRegex(@"^\s+`(?<url>/odata/[^`]+)`\s*$")]
    private static partial Regex BulletUrl();
}
