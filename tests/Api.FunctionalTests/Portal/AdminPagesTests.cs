using System.Net;
using DeputyPortal.Api.FunctionalTests.Support;

namespace DeputyPortal.Api.FunctionalTests.Portal;

/// <summary>
/// 用户管理 and 节假日: the administrator lists accounts, opens one, locks and unlocks it, resets its password and
/// changes its assignment, and opens an account; replaces a year's holiday schedule. A refused form shows the message
/// beside its field and changes nothing; nobody else may open these pages.
/// </summary>
public sealed class AdminPagesTests(PortalFactory portal) : PortalTest(portal)
{
    /// <summary>A year no shipped schedule and no other test reads (the calendar is kept across tests; this test empties it again).</summary>
    private const int ScratchYear = 2033;

    [Fact]
    public async Task TheAdministrator_ListsAccounts_LocksAndUnlocksOne_AndResetsItsPassword()
    {
        var admin = await Portal.SignedInBrowserAsync("admin");
        var list = await admin.PageTextAsync("/admin/users?role=Deputy&sort=-userName");
        Assert.Contains("deputy.a", list, StringComparison.Ordinal);
        Assert.Contains("deputy2.a", list, StringComparison.Ordinal);
        Assert.DoesNotContain("secretary.a", list, StringComparison.Ordinal);

        var (id, _) = await Portal.AccountAsync("deputy.a");
        var page = $"/admin/users/{id}";
        Assert.Contains("人大代表", await admin.PageTextAsync(page), StringComparison.Ordinal);

        using var locked = await PostOnAsync(admin, page, "?handler=Lockout&locked=true", []);
        await locked.ShouldBe(HttpStatusCode.Redirect);
        Assert.Contains("已锁定", await admin.PageTextAsync(page), StringComparison.Ordinal);
        using (var refused = Portal.Browser(followRedirects: false))
        {
            var signIn = await refused.SignInAsync("deputy.a", PortalFactory.Password);
            Assert.NotEqual(HttpStatusCode.Redirect, signIn.StatusCode);
        }

        using var unlocked = await PostOnAsync(admin, page, "?handler=Lockout&locked=false", []);
        await unlocked.ShouldBe(HttpStatusCode.Redirect);

        using var weak = await PostOnAsync(admin, page, "?handler=Password", new() { ["NewPassword"] = "abc" });
        await weak.ShouldBe(HttpStatusCode.OK);
        var weakPage = WebUtility.HtmlDecode(await weak.Content.ReadAsStringAsync());
        Assert.Contains("密码至少需要8个字符。", weakPage, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"abc\"", weakPage, StringComparison.Ordinal);

        using var reset = await PostOnAsync(admin, page, "?handler=Password", new() { ["NewPassword"] = "New@2026pass" });
        await reset.ShouldBe(HttpStatusCode.Redirect);
        using var deputy = Portal.Browser(followRedirects: false);
        await (await deputy.SignInAsync("deputy.a", "New@2026pass")).ShouldBe(HttpStatusCode.Redirect);

        using var secretary = await Portal.SignedInBrowserAsync("secretary.a");
        await (await secretary.GetAsync("/admin/users")).ShouldBe(HttpStatusCode.Forbidden);
        await (await secretary.GetAsync("/admin/calendar")).ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task TheAdministrator_OpensAnAccount_AndChangesAnAssignment_ARefusedFormChangingNothing()
    {
        var admin = await Portal.SignedInBrowserAsync("admin");
        var fields = new Dictionary<string, string>
        {
            ["UserName"] = "deputy3.a",
            ["DisplayName"] = "甲代表3",
            ["Password"] = "Open@2026pass",
            ["Role"] = "Deputy",
            ["TownshipId"] = World.A.Township.Id.ToString(),
            ["DeputyId"] = "",
        };

        using var refused = await admin.PostFormAsync("/admin/users/new", new(fields));
        await refused.ShouldBe(HttpStatusCode.OK);
        var page = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("<p class=\"error field-error\">代表和主席团成员的账户必须指定对应的代表。</p>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Open@2026pass", page, StringComparison.Ordinal);
        Assert.DoesNotContain("deputy3.a", await admin.PageTextAsync("/admin/users?q=deputy3"), StringComparison.Ordinal);

        fields["DeputyId"] = World.A.Deputies[2].Id.ToString();
        using var created = await admin.PostFormAsync("/admin/users/new", fields);
        await created.ShouldBe(HttpStatusCode.Redirect);
        Assert.Contains("已新建账户deputy3.a。", await admin.PageTextAsync(created.Headers.Location!.OriginalString), StringComparison.Ordinal);
        using (var newcomer = Portal.Browser(followRedirects: false))
        {
            await (await newcomer.SignInAsync("deputy3.a", "Open@2026pass")).ShouldBe(HttpStatusCode.Redirect);
        }

        var (unit, _) = await Portal.AccountAsync("unit.a");
        using var moved = await PostOnAsync(admin, $"/admin/users/{unit}", "?handler=Assignment", new()
        {
            ["Role"] = "HandlingUnitOfficer",
            ["TownshipId"] = World.A.Township.Id.ToString(),
            ["HandlingUnitId"] = World.A.Units[1].Id.ToString(),
        });
        await moved.ShouldBe(HttpStatusCode.Redirect);
        Assert.Contains(World.A.Units[1].Name, await admin.PageTextAsync($"/admin/users/{unit}"), StringComparison.Ordinal);

        using var wrongTownship = await PostOnAsync(admin, $"/admin/users/{unit}", "?handler=Assignment", new()
        {
            ["Role"] = "HandlingUnitOfficer",
            ["TownshipId"] = World.A.Township.Id.ToString(),
            ["HandlingUnitId"] = World.B.Units[0].Id.ToString(),
        });
        await wrongTownship.ShouldBe(HttpStatusCode.OK);
        Assert.Contains("所选承办单位不属于该乡镇。", WebUtility.HtmlDecode(await wrongTownship.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheAdministrator_ReplacesAYearsHolidays_AndARefusedListChangesNothing()
    {
        var admin = await Portal.SignedInBrowserAsync("admin");
        var url = $"/admin/calendar?year={ScratchYear}";
        Assert.Contains("尚未录入节假日安排", await admin.PageTextAsync(url), StringComparison.Ordinal);
        try
        {
            // 2033-01-03 is a Monday: not a weekend, so not an adjusted working day.
            using var refused = await admin.PostFormAsync(url, new()
            {
                ["Year"] = ScratchYear.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Days[0].Date"] = "2033-01-01", ["Days[0].Kind"] = "Holiday", ["Days[0].Holiday"] = "元旦",
                ["Days[1].Date"] = "", ["Days[1].Kind"] = "", ["Days[1].Holiday"] = "", // a blank row, left out
                ["Days[2].Date"] = "2033-01-03", ["Days[2].Kind"] = "AdjustedWorkday", ["Days[2].Holiday"] = "元旦",
            });
            await refused.ShouldBe(HttpStatusCode.OK);
            var page = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
            Assert.Contains("2033-01-03 不是周末，不能设为调休上班日。", page, StringComparison.Ordinal);
            Assert.Contains("name=\"Days[2].Date\" value=\"2033-01-03\"", page, StringComparison.Ordinal);
            Assert.Contains("尚未录入节假日安排", page, StringComparison.Ordinal);

            using var saved = await admin.PostFormAsync(url, new()
            {
                ["Year"] = ScratchYear.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Days[0].Date"] = "2033-01-01", ["Days[0].Kind"] = "Holiday", ["Days[0].Holiday"] = "元旦",
                ["Days[1].Date"] = "2033-01-08", ["Days[1].Kind"] = "AdjustedWorkday", ["Days[1].Holiday"] = "元旦",
            });
            await saved.ShouldBe(HttpStatusCode.Redirect);
            var shown = await admin.PageTextAsync(url);
            Assert.Contains($"已保存{ScratchYear}年节假日安排，共 2 天。", shown, StringComparison.Ordinal);
            Assert.Contains("value=\"2033-01-08\"", shown, StringComparison.Ordinal);
        }
        finally
        {
            await (await admin.PostFormAsync(url, new() { ["Year"] = ScratchYear.ToString(System.Globalization.CultureInfo.InvariantCulture) })).ShouldBe(HttpStatusCode.Redirect);
        }
    }

    /// <summary>Posts one of a page's forms (its handler in the query) with the page's anti-forgery token.</summary>
    private static async Task<HttpResponseMessage> PostOnAsync(HttpClient browser, string page, string handler, Dictionary<string, string> fields)
    {
        var html = await browser.GetStringAsync(page);
        fields["__RequestVerificationToken"] = WebUtility.HtmlDecode(
            System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value);
        return await browser.PostAsync(page + handler, new FormUrlEncodedContent(fields));
    }
}
