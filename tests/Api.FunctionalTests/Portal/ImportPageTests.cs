using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using DeputyPortal.Api.FunctionalTests.Support;
using static DeputyPortal.Api.FunctionalTests.Imports.ImportFiles;

namespace DeputyPortal.Api.FunctionalTests.Portal;

/// <summary>
/// The 名册导入 page: a good roster is imported and counted; a bad one is refused as a whole with every row's errors in
/// a table and nothing written; a request without a file names the field; the templates download from the page.
/// </summary>
public sealed partial class ImportPageTests(PortalFactory portal) : PortalTest(portal)
{

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient browser, string kind, byte[]? xlsx)
    {
        var page = await (await browser.GetAsync("/imports")).Content.ReadAsStringAsync();
        var form = new MultipartFormDataContent
        {
            { new StringContent(WebUtility.HtmlDecode(Token().Match(page).Groups[1].Value)), "__RequestVerificationToken" },
            { new StringContent(kind), "Kind" },
        };
        if (xlsx is not null)
        {
            var file = new ByteArrayContent(xlsx);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            form.Add(file, "Spreadsheet", "代表名册.xlsx");
        }

        return await browser.PostAsync("/imports", form);
    }

    [Fact]
    public async Task AGoodRoster_IsImported_AndThePageSaysHowManyRowsCameIn()
    {
        using var browser = await Portal.SignedInBrowserAsync("secretary.a");
        var before = await CountsAsync(Portal);

        using var imported = await UploadAsync(browser, "Deputies", Xlsx(
            [DeputyRow("甲新代表一", "1980-05-06", "甲第一选区"), DeputyRow("甲新代表二", "1982-07-08", "甲第二选区", gender: "男")]));

        await imported.ShouldBe(HttpStatusCode.Redirect);
        Assert.Equal(before.Deputies + 2, (await CountsAsync(Portal)).Deputies);
        var page = await (await browser.GetAsync(imported.Headers.Location!.OriginalString)).Content.ReadAsStringAsync();
        Assert.Contains("代表名册已导入：新增 2 条，更新 0 条，未变 0 条。", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABadRoster_ShowsEachRowsErrors_AndWritesNothing()
    {
        using var browser = await Portal.SignedInBrowserAsync("secretary.a");
        var before = await CountsAsync(Portal);

        using var refused = await UploadAsync(browser, "Deputies", Xlsx(
        [
            DeputyRow("甲新代表一", "1980-05-06", "甲第一选区"),
            DeputyRow("甲新代表二", "不是日期", "甲第一选区"),
            DeputyRow("甲新代表三", "1981-01-01", "不存在的选区"),
        ]));

        await refused.ShouldBe(HttpStatusCode.OK);
        var page = await refused.Content.ReadAsStringAsync();
        Assert.Contains("导入文件有2处错误，未写入任何数据。", page, StringComparison.Ordinal);
        var rows = ErrorRow().Matches(page).Select(m => $"{m.Groups[1].Value}:{m.Groups[2].Value}").ToList();
        Assert.Equal(["3:出生日期", "4:选区"], rows);
        Assert.Contains("本届没有名为“不存在的选区”的选区。", page, StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync(Portal));
    }

    [Fact]
    public async Task NoFile_IsNamedBesideTheFileField_AndTheTemplatesDownload()
    {
        using var browser = await Portal.SignedInBrowserAsync("secretary.a");

        using var refused = await UploadAsync(browser, "Constituents", null);

        await refused.ShouldBe(HttpStatusCode.OK);
        var page = await refused.Content.ReadAsStringAsync();
        var field = page.IndexOf("id=\"file\"", StringComparison.Ordinal);
        Assert.InRange(page.IndexOf("field-error", field, StringComparison.Ordinal) - field, 0, 400);
        foreach (var kind in new[] { "Deputies", "Constituents" })
        {
            using var template = await browser.GetAsync($"/imports?handler=Template&kind={kind}");
            await template.ShouldBe(HttpStatusCode.OK);
            Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", template.Content.Headers.ContentType?.MediaType);
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("<tr><td>第 (\\d+) 行</td><td>([^<]+)</td>")]
    private static partial Regex ErrorRow();
}
