using System.Net.Http.Headers;
using System.Text.Json;
using DeputyPortal.Api.FunctionalTests.Support;
using DeputyPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace DeputyPortal.Api.FunctionalTests.Imports;

/// <summary>Builds the .xlsx files the import tests upload, and reads back what the database holds.</summary>
internal static class ImportFiles
{
    public static readonly string[] DeputyColumns = ["姓名", "性别", "出生日期", "民族", "政治面貌", "职业类别", "文化程度", "选区", "手机号码", "是否连任", "是否县人大代表"];

    public static readonly string[] ConstituentColumns = ["姓名", "类别", "村（社区）", "住址", "手机号码", "联系代表"];

    public static Dictionary<string, object?> DeputyRow(
        string name, object? birthDate, string district, string gender = "女", string party = "群众", object? phone = null, string reelected = "否") =>
        new()
        {
            ["姓名"] = name,
            ["性别"] = gender,
            ["出生日期"] = birthDate,
            ["民族"] = "汉族",
            ["政治面貌"] = party,
            ["职业类别"] = "农民",
            ["文化程度"] = "高中及中专",
            ["选区"] = district,
            ["手机号码"] = phone,
            ["是否连任"] = reelected,
            ["是否县人大代表"] = "否",
        };

    public static Dictionary<string, object?> ConstituentRow(
        string name, string village, object? phone, string deputy, string kind = "选民", string? address = "一组1号") =>
        new()
        {
            ["姓名"] = name,
            ["类别"] = kind,
            ["村（社区）"] = village,
            ["住址"] = address,
            ["手机号码"] = phone,
            ["联系代表"] = deputy,
        };

    public static byte[] Xlsx(IEnumerable<IDictionary<string, object?>> rows)
    {
        using var stream = new MemoryStream();
        stream.SaveAs(rows.ToList(), excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    public static MultipartFormDataContent Form(byte[] content, string fileName = "名册.xlsx")
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        return new MultipartFormDataContent { { file, "file", fileName } };
    }

    public static Task<HttpResponseMessage> UploadAsync(this HttpClient client, string url, IEnumerable<IDictionary<string, object?>> rows) =>
        client.PostAsync(url, Form(Xlsx(rows)));

    /// <summary>{row, column} of each error in a refused import, as "row:column".</summary>
    public static IReadOnlyList<string> RowErrors(JsonElement problem) =>
        [.. problem.GetProperty("errors").EnumerateArray().Select(e => $"{e.GetProperty("row").GetInt32()}:{e.GetProperty("column").GetString()}")];

    /// <summary>Counts in the whole database, bypassing scoping (the test acts as the system).</summary>
    public static async Task<(int Deputies, int Constituents, int AuditEntries)> CountsAsync(PortalFactory portal)
    {
        await using var scope = portal.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return (await db.Deputies.CountAsync(), await db.Constituents.CountAsync(), await db.AuditEntries.CountAsync());
    }

    public static async Task<T> QueryAsync<T>(PortalFactory portal, Func<AppDbContext, Task<T>> query)
    {
        await using var scope = portal.SystemScope();
        return await query(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    public static IReadOnlyList<IDictionary<string, object?>> ReadSheet(byte[] content, string? sheetName = null)
    {
        using var stream = new MemoryStream(content);
        return [.. stream.Query(useHeaderRow: true, sheetName: sheetName).Cast<IDictionary<string, object?>>()];
    }

    public static IReadOnlyList<string> Headers(byte[] content)
    {
        using var stream = new MemoryStream(content);
        return [.. stream.GetColumns(useHeaderRow: true)!];
    }
}
