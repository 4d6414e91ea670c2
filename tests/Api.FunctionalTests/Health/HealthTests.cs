using System.Net;
using DeputyPortal.Api.FunctionalTests.Support;

namespace DeputyPortal.Api.FunctionalTests.Health;

public sealed class HealthTests(PortalFactory portal) : PortalTest(portal)
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_AnsweredAnonymously_IsHealthy(string url)
    {
        using var anonymous = Portal.CreateClient();

        var response = await anonymous.GetAsync(url);

        await response.ShouldBe(HttpStatusCode.OK);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task OpenApiDocument_AnsweredAnonymously_ListsTheResources()
    {
        using var anonymous = Portal.CreateClient();

        var response = await anonymous.GetAsync("/openapi/v1.json");

        await response.ShouldBe(HttpStatusCode.OK);
        var paths = (await response.JsonAsync()).GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/v1/handling-units", paths);
        Assert.Contains("/api/v1/calendar", paths);
        Assert.Contains("/api/v1/calendar/working-days", paths);
        Assert.Contains("/api/v1/admin/calendar/{year}", paths);
        Assert.Contains("/api/v1/admin/users", paths);
        Assert.Contains("/api/v1/admin/users/{id}/lock", paths);
    }
}
