using System.Net;
using System.Text.RegularExpressions;
using DeputyPortal.Api.FunctionalTests.Reviews;
using DeputyPortal.Api.FunctionalTests.Support;

namespace DeputyPortal.Api.FunctionalTests.Portal;

/// <summary>
/// The shared list plumbing: a column header links to the list sorted by it (reversed when it is the sort in force,
/// which its arrow and aria-sort show), keeping the filters and going back to page 1; the pager keeps filters and sort.
/// </summary>
public sealed partial class PortalListsTests(PortalFactory portal) : PortalTest(portal)
{
    [Fact]
    public async Task SortHeaders_AndThePager_KeepTheFiltersInTheUrl()
    {
        var flow = new ReviewFlow(Portal);
        for (var day = 1; day <= 21; day++)
        {
            await flow.RecordAsync(flow.Body(heldOn: new DateOnly(2026, 3, day)));
        }

        using var browser = Portal.Browser(followRedirects: false);
        await (await browser.SignInAsync("secretary.a", PortalFactory.Password)).ShouldBe(HttpStatusCode.Redirect);

        using var sorted = await browser.GetAsync("/reviews?year=2026&sort=-satisfactionRate&recorded=" + Guid.NewGuid());
        await sorted.ShouldBe(HttpStatusCode.OK);
        var html = WebUtility.HtmlDecode(await sorted.Content.ReadAsStringAsync());

        var rate = Header().Matches(html).Single(m => m.Groups["key"].Value == "satisfactionRate");
        Assert.Contains("aria-sort=\"descending\"", rate.Value, StringComparison.Ordinal);
        Assert.Contains("▼", rate.Value, StringComparison.Ordinal);
        Assert.Equal("/reviews?year=2026&sort=satisfactionRate", rate.Groups["href"].Value);

        var heldOn = Header().Matches(html).Single(m => m.Groups["key"].Value == "heldOn");
        Assert.DoesNotContain("aria-sort", heldOn.Value, StringComparison.Ordinal);
        Assert.Equal("/reviews?year=2026&sort=-heldOn", heldOn.Groups["href"].Value);

        Assert.Contains("第 1 / 2 页", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/reviews?year=2026&sort=-satisfactionRate&p=2\"", html, StringComparison.Ordinal);

        using var second = await browser.GetAsync("/reviews?year=2026&sort=-satisfactionRate&p=2");
        var page2 = WebUtility.HtmlDecode(await second.Content.ReadAsStringAsync());
        Assert.Contains("第 2 / 2 页", page2, StringComparison.Ordinal);
        Assert.Contains("href=\"/reviews?year=2026&sort=-satisfactionRate\" rel=\"prev\"", page2, StringComparison.Ordinal);
    }

    [GeneratedRegex("<th[^>]*>\\s*<a href=\"(?<href>[^\"]*)\" data-sort=\"(?<key>[^\"]+)\">.*?</th>", RegexOptions.Singleline)]
    private static partial Regex Header();
}
