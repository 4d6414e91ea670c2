using System.Net;
using DeputyPortal.Api.FunctionalTests.Support;

namespace DeputyPortal.Api.FunctionalTests.Portal;

/// <summary>
/// 代表小组 pages: the list names each group's leader, size and liaison; the secretary forms a group of the current
/// term and reorganizes one at the loaded version; a refused form shows the message beside the field and writes nothing.
/// </summary>
public sealed class GroupPagesTests(PortalFactory portal) : PortalTest(portal)
{
    [Fact]
    public async Task TheList_NamesLeaderMembersAndLiaison()
    {
        var html = await (await Portal.SignedInBrowserAsync("secretary.a")).PageTextAsync("/groups?q=第一&sort=-name");
        Assert.Contains("甲第一代表小组", html, StringComparison.Ordinal);
        Assert.Contains("<td>甲代表1</td>", html, StringComparison.Ordinal);
        Assert.Contains("4 人", html, StringComparison.Ordinal);
        Assert.Contains("<td>甲代表6</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("乙第一代表小组", html, StringComparison.Ordinal);

        var details = await (await Portal.SignedInBrowserAsync("presidium.a")).PageTextAsync($"/groups/{World.A.Group.Id}");
        Assert.Contains("甲代表1（组长）", details, StringComparison.Ordinal);
        Assert.DoesNotContain("调整小组", details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSecretary_FormsAGroup_AndARefusedFormWritesNothing()
    {
        var browser = await Portal.SignedInBrowserAsync("secretary.a");
        var d = World.A.Deputies;
        var before = await CountAsync();

        using var refused = await browser.PostFormAsync("/groups/new", new() { ["IdempotencyKey"] = Guid.NewGuid().ToString(), ["Name"] = "甲第二代表小组", ["LeaderDeputyId"] = "" });
        await refused.ShouldBe(HttpStatusCode.OK);
        var page = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("<p class=\"error field-error\">组长不能为空。</p>", page, StringComparison.Ordinal);
        Assert.Contains("value=\"甲第二代表小组\"", page, StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync());

        using var formed = await browser.PostAsync("/groups/new", new FormUrlEncodedContent(
        [
            new("IdempotencyKey", Guid.NewGuid().ToString()),
            new("Name", "甲第二代表小组"),
            new("MemberDeputyIds", d[4].Id.ToString()),
            new("MemberDeputyIds", d[5].Id.ToString()),
            new("LeaderDeputyId", d[4].Id.ToString()),
            new("__RequestVerificationToken", await TokenAsync(browser, "/groups/new")),
        ]));
        await formed.ShouldBe(HttpStatusCode.Redirect);
        Assert.Equal(before + 1, await CountAsync());
        var shown = await browser.PageTextAsync(formed.Headers.Location!.OriginalString);
        Assert.Contains("已组建代表小组甲第二代表小组。", shown, StringComparison.Ordinal);
        Assert.Contains("甲代表5（组长）", shown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSecretary_ReorganizesAGroup_AtTheLoadedVersion()
    {
        var browser = await Portal.SignedInBrowserAsync("secretary.a");
        var d = World.A.Deputies;
        var url = $"/groups/{World.A.Group.Id}/edit";
        var version = (await GroupAsync()).GetProperty("version").GetUInt32().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var token = await TokenAsync(browser, url);
        KeyValuePair<string, string>[] fields =
        [
            new("Version", version),
            new("Name", "甲第一代表小组"),
            .. d.Take(5).Select(m => new KeyValuePair<string, string>("MemberDeputyIds", m.Id.ToString())),
            new("LeaderDeputyId", d[1].Id.ToString()),
            new("LiaisonPresidiumMemberId", World.A.Chair.Id.ToString()),
            new("__RequestVerificationToken", token),
        ];

        using var saved = await browser.PostAsync(url, new FormUrlEncodedContent(fields));
        await saved.ShouldBe(HttpStatusCode.Redirect);
        var group = await GroupAsync();
        Assert.Equal(5, group.GetProperty("memberDeputyIds").GetArrayLength());
        Assert.Equal(d[1].Id, group.GetProperty("leaderDeputyId").GetGuid());

        using var stale = await browser.PostAsync(url, new FormUrlEncodedContent(fields));
        await stale.ShouldBe(HttpStatusCode.OK);
        Assert.Contains("记录已被他人修改，请刷新页面后重新填写。", WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    private static async Task<string> TokenAsync(HttpClient browser, string url)
    {
        var page = await browser.GetStringAsync(url);
        return WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value);
    }

    private async Task<System.Text.Json.JsonElement> GroupAsync() =>
        await (await (await As("secretary.a")).GetAsync($"/api/v1/groups/{World.A.Group.Id}")).JsonAsync();

    private async Task<int> CountAsync() =>
        (await (await (await As("secretary.a")).GetAsync("/api/v1/groups?pageSize=1")).JsonAsync()).GetProperty("totalCount").GetInt32();
}
