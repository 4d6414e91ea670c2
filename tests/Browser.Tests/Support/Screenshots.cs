namespace DeputyPortal.Browser.Tests.Support;

/// <summary>Where a journey keeps the picture of its last page: a screenshots folder in the test output folder.</summary>
public static class Screenshots
{
    /// <summary>Set to 1 to copy the pictures the README shows into docs/images/ as well.</summary>
    public const string ToDocsVariable = "DEPUTYPORTAL_SCREENSHOTS_TO_DOCS";

    public static string PathFor(string name)
    {
        var folder = System.IO.Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        return System.IO.Path.Combine(folder, name + ".png");
    }

    /// <summary>Saves the whole page's picture under the test output folder, and into docs/images/ when <see cref="ToDocsVariable"/> is 1.</summary>
    public static async Task SaveAsync(Microsoft.Playwright.IPage page, string name)
    {
        var path = PathFor(name);
        await page.ScreenshotAsync(new() { Path = path, FullPage = true });
        CopyToDocs(path, name);
    }

    /// <summary>When <see cref="ToDocsVariable"/> is 1, copies a saved screenshot to docs/images/{docsName}.png of the repository.</summary>
    public static void CopyToDocs(string screenshot, string docsName)
    {
        if (Environment.GetEnvironmentVariable(ToDocsVariable) != "1")
        {
            return;
        }

        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(System.IO.Path.Combine(root.FullName, "DeputyPortal.sln")))
        {
            root = root.Parent;
        }

        var images = System.IO.Path.Combine(root?.FullName ?? throw new InvalidOperationException("DeputyPortal.sln not found above the test output"), "docs", "images");
        Directory.CreateDirectory(images);
        File.Copy(screenshot, System.IO.Path.Combine(images, docsName + ".png"), overwrite: true);
    }
}
