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
}
