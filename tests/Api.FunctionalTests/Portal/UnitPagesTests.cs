using System.Net;
using DeputyPortal.Api.FunctionalTests.Support;

namespace DeputyPortal.Api.FunctionalTests.Portal;

/// <summary>
/// 承办单位 pages: every role that reads units lists its township's; the secretary registers one, corrects it at the
/// loaded version and stops and resumes it; a refused form shows the message beside the field and writes nothing.
/// </summary>
public sealed class UnitPagesTests(PortalFactory portal) : PortalTest(portal)
{
    [Fact]
    public async Task TheList_ShowsTheTownshipsUnits_WithFiltersInTheUrl()
    {
        var secretary = await (await Portal.SignedInBrowserAsync("secretary.a")).PageTextAsync("/units?kind=TownshipOffice&sort=-name");
        Assert.Contains("茶亭镇农业农村办", secretary, StringComparison.Ordinal);
        Assert.Contains("王主任", secretary, StringComparison.Ordinal);
        Assert.DoesNotContain("昂素镇", secretary, StringComparison.Ordinal);
        Assert.Contains($"href=\"/units/{World.A.Units[0].Id}/edit\"", secretary, StringComparison.Ordinal);

        var unit = await (await Portal.SignedInBrowserAsync("unit.a")).PageTextAsync("/units");
        Assert.Contains("茶亭镇农业农村办", unit, StringComparison.Ordinal);
        Assert.DoesNotContain("/edit\"", unit, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/units/new\"", unit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSecretary_RegistersCorrectsAndStopsAUnit()
    {
        var browser = await Portal.SignedInBrowserAsync("secretary.a");
        var before = await CountAsync();

        using var refused = await browser.PostFormAsync("/units/new", new() { ["IdempotencyKey"] = Guid.NewGuid().ToString(), ["Name"] = "茶亭镇水利站", ["Kind"] = "" });
        await refused.ShouldBe(HttpStatusCode.OK);
        var page = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("<p class=\"error field-error\">取值不是可选值之一。</p>", page, StringComparison.Ordinal);
        Assert.Contains("value=\"茶亭镇水利站\"", page, StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync());

        using var registered = await browser.PostFormAsync("/units/new", new() { ["IdempotencyKey"] = Guid.NewGuid().ToString(), ["Name"] = "茶亭镇水利站", ["Kind"] = "Station", ["HeadName"] = "赵站长" });
        await registered.ShouldBe(HttpStatusCode.Redirect);
        Assert.Equal(before + 1, await CountAsync());
        Assert.Contains("已登记承办单位茶亭镇水利站。", await browser.PageTextAsync("/units"), StringComparison.Ordinal);

        var id = World.A.Units[1].Id;
        var version = await VersionAsync(id);
        using var edited = await browser.PostFormAsync($"/units/{id}/edit", new() { ["Version"] = version, ["Name"] = "茶亭镇规划建设办", ["Kind"] = "TownshipOffice", ["HeadName"] = "李主任" });
        await edited.ShouldBe(HttpStatusCode.Redirect);
        Assert.Equal("茶亭镇规划建设办", (await UnitAsync(id)).GetProperty("name").GetString());

        using var stale = await browser.PostFormAsync($"/units/{id}/edit", new() { ["Version"] = version, ["Name"] = "旧名称", ["Kind"] = "TownshipOffice" });
        await stale.ShouldBe(HttpStatusCode.OK);
        Assert.Contains("记录已被他人修改，请刷新页面后重新填写。", WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal("茶亭镇规划建设办", (await UnitAsync(id)).GetProperty("name").GetString());

        using var stopped = await browser.PostFormAsync($"/units/{id}/edit?handler=Status&active=false", new() { ["Version"] = await VersionAsync(id) });
        await stopped.ShouldBe(HttpStatusCode.Redirect);
        Assert.False((await UnitAsync(id)).GetProperty("isActive").GetBoolean());
        Assert.Contains("重新启用此单位", await browser.PageTextAsync($"/units/{id}/edit"), StringComparison.Ordinal);

        using var other = await (await Portal.SignedInBrowserAsync("secretary.b")).GetAsync($"/units/{id}/edit");
        await other.ShouldBe(HttpStatusCode.NotFound);
    }

    private async Task<System.Text.Json.JsonElement> UnitAsync(Guid id) =>
        await (await (await As("secretary.a")).GetAsync($"/api/v1/handling-units/{id}")).JsonAsync();

    private async Task<string> VersionAsync(Guid id) =>
        (await UnitAsync(id)).GetProperty("version").GetUInt32().ToString(System.Globalization.CultureInfo.InvariantCulture);

    private async Task<int> CountAsync() =>
        (await (await (await As("secretary.a")).GetAsync("/api/v1/handling-units?pageSize=1")).JsonAsync()).GetProperty("totalCount").GetInt32();
}
