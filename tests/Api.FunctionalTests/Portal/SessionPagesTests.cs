using System.Globalization;
using System.Net;
using DeputyPortal.Api.FunctionalTests.Support;

namespace DeputyPortal.Api.FunctionalTests.Portal;

/// <summary>
/// The secretary plans a congress session and records its dates in the portal; a number already planned and dates
/// in the wrong order are refused with the reason on the page and nothing changed.
/// </summary>
public sealed class SessionPagesTests(PortalFactory portal) : PortalTest(portal)
{

    [Fact]
    public async Task Secretary_PlansASession_AndRecordsItsDates_AndAPlannedNumberIsRefused()
    {
        using var browser = await Portal.SignedInBrowserAsync("secretary.a");
        Assert.Contains("href=\"/sessions/new\"", await (await browser.GetAsync("/sessions")).Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var planned = await browser.PostFormAsync("/sessions/new", new() { ["Number"] = "7" });
        await planned.ShouldBe(HttpStatusCode.Redirect);
        var list = await (await browser.GetAsync("/sessions")).Content.ReadAsStringAsync();
        Assert.Contains("第七次会议", list, StringComparison.Ordinal);

        using var again = await browser.PostFormAsync("/sessions/new", new() { ["Number"] = "7" });
        await again.ShouldBe(HttpStatusCode.OK);
        Assert.Contains("已存在相同的记录", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var sessions = await (await (await As("secretary.a")).GetAsync($"/api/v1/sessions?termId={World.A.Term.Id}&pageSize=100")).JsonAsync();
        var seventh = sessions.GetProperty("items").EnumerateArray().Single(s => s.GetProperty("number").GetInt32() == 7);
        Assert.Equal(1, sessions.GetProperty("items").EnumerateArray().Count(s => s.GetProperty("number").GetInt32() == 7));
        var url = $"/sessions/{seventh.GetProperty("id").GetGuid()}/dates";
        var version = seventh.GetProperty("version").GetUInt32().ToString(CultureInfo.InvariantCulture);

        using var backwards = await browser.PostFormAsync(url, new() { ["Version"] = version, ["OpenedOn"] = "2026-06-10", ["ClosedOn"] = "2026-06-08" });
        await backwards.ShouldBe(HttpStatusCode.OK);
        Assert.Contains("field-error", await backwards.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var dated = await browser.PostFormAsync(url, new() { ["Version"] = version, ["OpenedOn"] = "2026-06-08", ["ClosedOn"] = "2026-06-09" });
        await dated.ShouldBe(HttpStatusCode.Redirect);
        list = await (await browser.GetAsync("/sessions")).Content.ReadAsStringAsync();
        Assert.Contains("2026-06-08", list, StringComparison.Ordinal);
    }
}
