using System.Net;
using DeputyPortal.Api.FunctionalTests.Support;

namespace DeputyPortal.Api.FunctionalTests.Portal;

/// <summary>
/// 代表 pages: the roster shows each phone as the rule shows it to the reader; the secretary registers a deputy,
/// corrects one at the version the form was loaded with, and ends a mandate with its reason; a refused form shows the
/// application's Chinese message beside the field and writes nothing.
/// </summary>
public sealed class DeputyPagesTests(PortalFactory portal) : PortalTest(portal)
{
    [Fact]
    public async Task TheRoster_ShowsPhonesInFullToTheSecretary_AndMaskedToOthers_WithFiltersInTheUrl()
    {
        var secretary = await Portal.SignedInBrowserAsync("secretary.a");
        var html = await secretary.PageTextAsync("/deputies?party=CpcMember&sort=-birthDate");
        Assert.Contains("甲代表1", html, StringComparison.Ordinal);
        Assert.Contains("13800000001", html, StringComparison.Ordinal);
        Assert.DoesNotContain("甲代表4", html, StringComparison.Ordinal); // 群众, filtered out
        Assert.DoesNotContain("乙代表1", html, StringComparison.Ordinal);
        Assert.Contains("共 3 名", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/deputies/new\"", html, StringComparison.Ordinal);

        foreach (var reader in new[] { "presidium.a", "county" })
        {
            var masked = await (await Portal.SignedInBrowserAsync(reader)).PageTextAsync("/deputies?q=代表1");
            Assert.Contains("甲代表1", masked, StringComparison.Ordinal);
            Assert.Contains("138****0001", masked, StringComparison.Ordinal);
            Assert.DoesNotContain("13800000001", masked, StringComparison.Ordinal);
            Assert.DoesNotContain("href=\"/deputies/new\"", masked, StringComparison.Ordinal);
        }

        var own = await (await Portal.SignedInBrowserAsync("deputy.a")).PageTextAsync($"/deputies/{World.A.Deputy.Id}");
        Assert.Contains("13800000001", own, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSecretary_RegistersADeputy_AndARefusedFormShowsTheMessageBesideTheField()
    {
        var secretary = await Portal.SignedInBrowserAsync("secretary.a");
        var before = await CountAsync();

        using var refused = await secretary.PostFormAsync("/deputies/new", Fields(name: "", phone: "12345"));
        await refused.ShouldBe(HttpStatusCode.OK);
        var page = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("<p class=\"error field-error\">姓名不能为空。</p>", page, StringComparison.Ordinal);
        Assert.Contains("联系电话应为11位手机号码或带区号的固定电话。", page, StringComparison.Ordinal);
        Assert.Contains("value=\"12345\"", page, StringComparison.Ordinal); // what was typed is kept
        Assert.Equal(before, await CountAsync());

        var form = Fields(name: "甲新代表", phone: "13912345678");
        using var registered = await secretary.PostFormAsync("/deputies/new", form);
        await registered.ShouldBe(HttpStatusCode.Redirect);
        var location = registered.Headers.Location!.OriginalString;
        Assert.Matches("^/deputies/[0-9a-f-]{36}$", location);
        Assert.Equal(before + 1, await CountAsync());
        var shown = await secretary.PageTextAsync(location);
        Assert.Contains("已登记代表甲新代表。", shown, StringComparison.Ordinal);
        Assert.Contains("13912345678", shown, StringComparison.Ordinal);

        // The same form sent again goes to the deputy it registered, not to a second one.
        using var again = await secretary.PostAsync("/deputies/new", new FormUrlEncodedContent(form));
        Assert.Equal(location, again.Headers.Location!.OriginalString);
        Assert.Equal(before + 1, await CountAsync());
    }

    [Fact]
    public async Task TheSecretary_CorrectsADeputy_AtTheLoadedVersion_AndAStaleFormIsRefused()
    {
        var secretary = await Portal.SignedInBrowserAsync("secretary.a");
        var deputy = World.A.Deputies[2];
        var version = await VersionAsync(deputy.Id);
        var fields = Fields(name: "甲代表三（改）", phone: "13800000003", district: deputy.DistrictId);
        fields["Version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture);

        using var saved = await secretary.PostFormAsync($"/deputies/{deputy.Id}/edit", new(fields));
        await saved.ShouldBe(HttpStatusCode.Redirect);
        Assert.Equal("甲代表三（改）", (await DeputyAsync(deputy.Id)).GetProperty("name").GetString());

        fields["Name"] = "甲代表三（旧页面）";
        using var stale = await secretary.PostFormAsync($"/deputies/{deputy.Id}/edit", fields);
        await stale.ShouldBe(HttpStatusCode.OK);
        Assert.Contains("记录已被他人修改，请刷新页面后重新填写。", WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal("甲代表三（改）", (await DeputyAsync(deputy.Id)).GetProperty("name").GetString());

        using var other = await (await Portal.SignedInBrowserAsync("secretary.b")).GetAsync($"/deputies/{deputy.Id}/edit");
        await other.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task TheSecretary_EndsAMandateWithItsReason_AndWithoutAReasonNothingChanges()
    {
        var secretary = await Portal.SignedInBrowserAsync("secretary.a");
        var deputy = World.A.Deputies[2];
        var url = $"/deputies/{deputy.Id}/terminate";
        var version = (await VersionAsync(deputy.Id)).ToString(System.Globalization.CultureInfo.InvariantCulture);

        using var refused = await secretary.PostFormAsync(url, new() { ["Version"] = version, ["TerminatedOn"] = "2024-05-01", ["Reason"] = "" });
        await refused.ShouldBe(HttpStatusCode.OK);
        Assert.Contains("<p class=\"error field-error\">终止原因不能为空。</p>", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal("Serving", (await DeputyAsync(deputy.Id)).GetProperty("status").GetString());

        using var ended = await secretary.PostFormAsync(url, new() { ["Version"] = version, ["TerminatedOn"] = "2024-05-01", ["Reason"] = "调离本镇" });
        await ended.ShouldBe(HttpStatusCode.Redirect);
        var json = await DeputyAsync(deputy.Id);
        Assert.Equal("Terminated", json.GetProperty("status").GetString());
        Assert.Equal("调离本镇", json.GetProperty("terminationReason").GetString());
        var details = await secretary.PageTextAsync($"/deputies/{deputy.Id}");
        Assert.Contains("调离本镇", details, StringComparison.Ordinal);
        Assert.DoesNotContain($"href=\"{url}\"", details, StringComparison.Ordinal);
    }

    private Dictionary<string, string> Fields(string name, string phone, Guid? district = null) => new()
    {
        ["IdempotencyKey"] = Guid.NewGuid().ToString(),
        ["DistrictId"] = (district ?? World.A.Districts[0].Id).ToString(),
        ["Name"] = name,
        ["Gender"] = "Female",
        ["BirthDate"] = "1980-05-06",
        ["Ethnicity"] = "汉族",
        ["Party"] = "Masses",
        ["Occupation"] = "Farmer",
        ["Education"] = "HighSchool",
        ["Phone"] = phone,
        ["IsReelected"] = "true",
    };

    private async Task<System.Text.Json.JsonElement> DeputyAsync(Guid id) =>
        await (await (await As("secretary.a")).GetAsync($"/api/v1/deputies/{id}")).JsonAsync();

    private async Task<uint> VersionAsync(Guid id) => (await DeputyAsync(id)).GetProperty("version").GetUInt32();

    private async Task<int> CountAsync() =>
        (await (await (await As("secretary.a")).GetAsync("/api/v1/deputies?pageSize=1")).JsonAsync()).GetProperty("totalCount").GetInt32();
}
