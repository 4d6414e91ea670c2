using System.Net;
using DeputyPortal.Api.FunctionalTests.Support;

namespace DeputyPortal.Api.FunctionalTests.Portal;

/// <summary>
/// 选民 pages: address and phone in full only for the township's secretary and the assigned deputy, masked for every
/// other reader; a deputy lists only their own; the secretary enters, corrects, stops and resumes contact with, and
/// reassigns a constituent, a refused form showing the message beside its field and writing nothing.
/// </summary>
public sealed class ConstituentPagesTests(PortalFactory portal) : PortalTest(portal)
{
    [Fact]
    public async Task TheList_ShowsPersonalDataOnlyToWhomTheRuleAllows_AndADeputyOnlyTheirOwn()
    {
        var secretary = await (await Portal.SignedInBrowserAsync("secretary.a")).PageTextAsync("/constituents?q=选民1&sort=-name");
        Assert.Contains("甲选民1", secretary, StringComparison.Ordinal);
        Assert.Contains("13900000001", secretary, StringComparison.Ordinal);
        Assert.Contains("甲村1组1号", secretary, StringComparison.Ordinal);
        Assert.Contains("甲代表2", secretary, StringComparison.Ordinal); // the assigned deputy
        Assert.DoesNotContain("乙选民", secretary, StringComparison.Ordinal);

        var presidium = await (await Portal.SignedInBrowserAsync("presidium.a")).PageTextAsync("/constituents?q=选民1");
        Assert.Contains("甲选民1", presidium, StringComparison.Ordinal);
        Assert.Contains("139****0001", presidium, StringComparison.Ordinal);
        Assert.DoesNotContain("13900000001", presidium, StringComparison.Ordinal);
        Assert.DoesNotContain("甲村1组1号", presidium, StringComparison.Ordinal);

        var deputy = await (await Portal.SignedInBrowserAsync("deputy.a")).PageTextAsync("/constituents");
        Assert.Contains("甲选民2", deputy, StringComparison.Ordinal);
        Assert.Contains("13900000002", deputy, StringComparison.Ordinal); // their own constituent: in full
        Assert.DoesNotContain("甲选民1<", deputy, StringComparison.Ordinal);
        Assert.Contains("共 6 名", deputy, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/constituents/new\"", deputy, StringComparison.Ordinal);

        using var notTheirs = await (await Portal.SignedInBrowserAsync("deputy.a")).GetAsync($"/constituents/{World.A.Constituents[0].Id}");
        await notTheirs.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task TheSecretary_EntersAConstituent_AndARefusedFormWritesNothing()
    {
        var browser = await Portal.SignedInBrowserAsync("secretary.a");
        var before = await CountAsync();

        using var refused = await browser.PostFormAsync("/constituents/new", Fields(name: "甲新选民", village: ""));
        await refused.ShouldBe(HttpStatusCode.OK);
        var page = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("<p class=\"error field-error\">村（社区）不能为空。</p>", page, StringComparison.Ordinal);
        Assert.Contains("value=\"甲新选民\"", page, StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync());

        using var created = await browser.PostFormAsync("/constituents/new", Fields(name: "甲新选民", village: "甲村"));
        await created.ShouldBe(HttpStatusCode.Redirect);
        Assert.Equal(before + 1, await CountAsync());
        var shown = await browser.PageTextAsync(created.Headers.Location!.OriginalString);
        Assert.Contains("已登记选民甲新选民。", shown, StringComparison.Ordinal);
        Assert.Contains("13700000000", shown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSecretary_CorrectsStopsAndReassignsAConstituent_AtTheLoadedVersion()
    {
        var browser = await Portal.SignedInBrowserAsync("secretary.a");
        var constituent = World.A.Constituents[0];

        var fields = Fields(name: "甲选民一", village: "甲村");
        fields["Version"] = (await VersionAsync(constituent.Id)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var edited = await browser.PostFormAsync($"/constituents/{constituent.Id}/edit", new(fields));
        await edited.ShouldBe(HttpStatusCode.Redirect);
        Assert.Equal("甲选民一", (await ConstituentAsync(constituent.Id)).GetProperty("name").GetString());

        using var stale = await browser.PostFormAsync($"/constituents/{constituent.Id}/edit", fields);
        await stale.ShouldBe(HttpStatusCode.OK);
        Assert.Contains("记录已被他人修改，请刷新页面后重新填写。", WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        var version = (await VersionAsync(constituent.Id)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var stopped = await PostStatusAsync(browser, constituent.Id, false, version);
        await stopped.ShouldBe(HttpStatusCode.Redirect);
        Assert.False((await ConstituentAsync(constituent.Id)).GetProperty("isActive").GetBoolean());
        Assert.Contains("恢复联系", await browser.PageTextAsync($"/constituents/{constituent.Id}"), StringComparison.Ordinal);

        using var resumed = await PostStatusAsync(browser, constituent.Id, true, (await VersionAsync(constituent.Id)).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await resumed.ShouldBe(HttpStatusCode.Redirect);
        Assert.True((await ConstituentAsync(constituent.Id)).GetProperty("isActive").GetBoolean());

        var url = $"/constituents/{constituent.Id}/reassign";
        version = (await VersionAsync(constituent.Id)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var unchosen = await browser.PostFormAsync(url, new() { ["Version"] = version, ["DeputyId"] = "" });
        await unchosen.ShouldBe(HttpStatusCode.OK);
        Assert.Contains("<p class=\"error field-error\">联系代表不能为空。</p>", WebUtility.HtmlDecode(await unchosen.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        using var reassigned = await browser.PostFormAsync(url, new() { ["Version"] = version, ["DeputyId"] = World.A.Deputies[3].Id.ToString() });
        await reassigned.ShouldBe(HttpStatusCode.Redirect);
        Assert.Equal(World.A.Deputies[3].Id, (await ConstituentAsync(constituent.Id)).GetProperty("deputyId").GetGuid());
    }

    private Dictionary<string, string> Fields(string name, string village) => new()
    {
        ["IdempotencyKey"] = Guid.NewGuid().ToString(),
        ["DeputyId"] = World.A.Deputy.Id.ToString(),
        ["Name"] = name,
        ["Kind"] = "Household",
        ["Village"] = village,
        ["Address"] = "甲村9组9号",
        ["Phone"] = "13700000000",
    };

    /// <summary>停止联系 / 恢复联系 as the details page posts it, with the page's anti-forgery token.</summary>
    private static async Task<HttpResponseMessage> PostStatusAsync(HttpClient browser, Guid id, bool active, string version)
    {
        var page = await browser.GetStringAsync($"/constituents/{id}");
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        return await browser.PostAsync($"/constituents/{id}?handler=Status&active={(active ? "true" : "false")}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Version"] = version,
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
        }));
    }

    private async Task<System.Text.Json.JsonElement> ConstituentAsync(Guid id) =>
        await (await (await As("secretary.a")).GetAsync($"/api/v1/constituents/{id}")).JsonAsync();

    private async Task<uint> VersionAsync(Guid id) => (await ConstituentAsync(id)).GetProperty("version").GetUInt32();

    private async Task<int> CountAsync() =>
        (await (await (await As("secretary.a")).GetAsync("/api/v1/constituents?pageSize=1")).JsonAsync()).GetProperty("totalCount").GetInt32();
}
