namespace DeputyPortal.Browser.Tests.Support;

/// <summary>Where a journey keeps the picture of its last page: a screenshots folder in the test output folder.</summary>
public static class Screenshots
{
    public static string PathFor(string name)
    {
        var folder = System.IO.Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        return System.IO.Path.Combine(folder, name + ".png");
    }

    /// <summary>
    /// Saves the page's picture under the test output folder and, when DEPUTYPORTAL_SCREENSHOTS_TO_DOCS=1, also as
    /// docs/images/{name}.png in the repository, where the README shows it.
    /// </summary>
    public static async Task SaveAsync(Microsoft.Playwright.IPage page, string name)
    {
        var path = PathFor(name);
        await page.ScreenshotAsync(new() { Path = path, FullPage = true });
        if (Environment.GetEnvironmentVariable("DEPUTYPORTAL_SCREENSHOTS_TO_DOCS") == "1")
        {
            var root = new DirectoryInfo(AppContext.BaseDirectory);
            while (root is not null && !File.Exists(System.IO.Path.Combine(root.FullName, "DeputyPortal.sln")))
            {
                root = root.Parent;
            }

            var docs = System.IO.Path.Combine(root?.FullName ?? throw new InvalidOperationException("The repository root (DeputyPortal.sln) is not above the test output folder."), "docs", "images");
            Directory.CreateDirectory(docs);
            File.Copy(path, System.IO.Path.Combine(docs, name + ".png"), overwrite: true);
        }
    }
}
