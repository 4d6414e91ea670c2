using DeputyPortal.Domain.Common;
using FluentValidation;
using MiniExcelLibs;

namespace DeputyPortal.Application.Imports;

/// <summary>An uploaded .xlsx file. The stream is read once, by the import handler.</summary>
public sealed record SpreadsheetUpload(string FileName, long Length, Stream Content);

/// <summary>A generated spreadsheet to download.</summary>
public sealed record SpreadsheetFile(string FileName, byte[] Content)
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>The most rows a ledger (台账) exports at once; a larger selection is refused, naming how to narrow it.</summary>
    public const int MaxLedgerRows = 10_000;

    /// <summary>Refuses (422 LedgerRowLimit) a ledger of more than <see cref="MaxLedgerRows"/> rows, e.g. "活动", "项", "按届次或日期".</summary>
    public static void RequireLedgerWithinLimit(int count, string records, string measure, string narrowBy) =>
        Rule.Require(
            count <= MaxLedgerRows,
            "LedgerRowLimit",
            $"符合条件的{records}有{count}{measure}，台账一次最多导出{MaxLedgerRows}{measure}，请缩小筛选范围（如{narrowBy}）。");

    /// <summary>A workbook of one sheet, one row per item, the columns named by the row type's Chinese headers.</summary>
    public static Task<SpreadsheetFile> WriteAsync<TRow>(string fileName, string sheetName, IEnumerable<TRow> rows, CancellationToken ct) =>
        WriteAsync(fileName, new Dictionary<string, object> { [sheetName] = rows }, ct);

    /// <summary>A workbook of several sheets, in the order given.</summary>
    public static async Task<SpreadsheetFile> WriteAsync(string fileName, Dictionary<string, object> sheets, CancellationToken ct)
    {
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(sheets, excelType: ExcelType.XLSX, cancellationToken: ct);
        return new SpreadsheetFile(fileName, stream.ToArray());
    }
}

/// <summary>What an import did: rows that created a record, changed one, or matched one exactly (and changed nothing).</summary>
public sealed record ImportSummary(Guid TermId, int Created, int Updated, int Unchanged);

/// <summary>A roster import into a township: the file, and optionally the term (default: the term current today).</summary>
public interface IImportCommand
{
    Guid? TermId { get; }

    SpreadsheetUpload? File { get; }
}

public sealed class ImportCommandValidator : AbstractValidator<IImportCommand>
{
    public const long MaxFileBytes = 5 * 1024 * 1024;

    public ImportCommandValidator()
    {
        RuleFor(c => c.File).NotNull().WithErrorCode("Required").WithMessage("请上传 .xlsx 文件（表单字段 file）。").OverridePropertyName("file");
        When(c => c.File is not null, () =>
        {
            RuleFor(c => c.File!.FileName)
                .Must(name => name.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
                .WithErrorCode("XlsxFile").WithMessage("只能导入 .xlsx 格式的 Excel 文件。")
                .OverridePropertyName("file");
            RuleFor(c => c.File!.Length)
                .GreaterThan(0).WithErrorCode("Required").WithMessage("上传的文件是空的。")
                .LessThanOrEqualTo(MaxFileBytes).WithErrorCode("MaxFileSize").WithMessage("导入文件不能超过 5 MB。")
                .OverridePropertyName("file");
        });
        RuleFor(c => c.TermId).Must(id => id != Guid.Empty).WithErrorCode("Required").WithMessage("届不能为空。").OverridePropertyName("termId");
    }
}
