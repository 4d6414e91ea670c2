using DeputyPortal.Application.Common.Security;
using DeputyPortal.Browser.Tests.Support;
using DeputyPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MiniExcelLibs;
using static DeputyPortal.Browser.Tests.Support.PortalPages;

namespace DeputyPortal.Browser.Tests;

/// <summary>The secretary uploads a deputy roster with mistakes: the page lists each bad row's errors and nothing is written.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ImportPageTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Secretary_UploadsABadRoster_SeesEachRowsErrors_AndNothingIsWritten()
    {
        var before = await DeputyCountAsync();
        var page = await fixture.NewPageAsync();
        await SignInAsync(page);

        await page.GetByRole(AriaRole.Navigation, new() { Name = "主导航" }).GetByRole(AriaRole.Link, new() { Name = "名册导入" }).ClickAsync();
        await page.GetByLabel("代表名册", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Excel 文件（.xlsx）").SetInputFilesAsync(new FilePayload
        {
            Name = "代表名册.xlsx",
            MimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            Buffer = Roster(),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "导入" }).ClickAsync();

        var errors = page.Locator("table.import-errors");
        await Assertions.Expect(errors).ToBeVisibleAsync();
        Assert.Contains("未写入任何数据", await errors.Locator("caption").InnerTextAsync(), StringComparison.Ordinal);
        var rows = await errors.Locator("tbody tr").AllInnerTextsAsync();
        Assert.Equal(2, rows.Count);
        Assert.StartsWith("第 3 行\t出生日期", rows[0], StringComparison.Ordinal);
        Assert.StartsWith("第 4 行\t选区", rows[1], StringComparison.Ordinal);
        Assert.Equal(before, await DeputyCountAsync());
        await Screenshots.SaveAsync(page, "import-errors");
    }

    /// <summary>Three rows: a good one, one with a birth date that is no date, one in a district the term does not have.</summary>
    private static byte[] Roster()
    {
        static Dictionary<string, object?> Row(string name, object birthDate, string district) => new()
        {
            ["姓名"] = name, ["性别"] = "女", ["出生日期"] = birthDate, ["民族"] = "汉族", ["政治面貌"] = "群众", ["职业类别"] = "农民",
            ["文化程度"] = "高中及中专", ["选区"] = district, ["手机号码"] = null, ["是否连任"] = "否", ["是否县人大代表"] = "否",
        };

        using var stream = new MemoryStream();
        stream.SaveAs(new List<Dictionary<string, object?>>
        {
            Row("赵新代表", "1980-05-06", "茶亭村选区"),
            Row("钱新代表", "不是日期", "茶亭村选区"),
            Row("孙新代表", "1981-01-01", "不存在的选区"),
        }, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    private async Task<int> DeputyCountAsync()
    {
        await using var scope = fixture.Portal.Services.GetRequiredService<ISystemScopes>().Begin();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Deputies.CountAsync();
    }
}
