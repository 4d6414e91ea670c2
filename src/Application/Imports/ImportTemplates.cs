using MiniExcelLibs;

namespace DeputyPortal.Application.Imports;

public static class ImportTemplates
{
    /// <summary>A workbook whose first sheet has the header row and one example row, and a second sheet explaining each column.</summary>
    public static SpreadsheetFile Build(
        string fileName, string sheetName, IReadOnlyDictionary<string, object?> example, IEnumerable<(string Column, IEnumerable<string> Values)> allowed)
    {
        var help = allowed
            .Select(a => new Dictionary<string, object?> { ["列"] = a.Column, ["填写要求"] = string.Join("、", a.Values) })
            .Append(new Dictionary<string, object?> { ["列"] = "说明", ["填写要求"] = "第1行为表头，请勿修改；示例行请替换为实际数据。" })
            .ToList();
        var sheets = new Dictionary<string, object>
        {
            [sheetName] = new List<Dictionary<string, object?>> { new(example) },
            ["填写说明"] = help,
        };
        using var stream = new MemoryStream();
        stream.SaveAs(sheets, excelType: ExcelType.XLSX);
        return new SpreadsheetFile(fileName, stream.ToArray());
    }
}
