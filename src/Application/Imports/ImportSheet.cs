using System.Globalization;
using DeputyPortal.Application.Common.Exceptions;
using FluentValidation;
using FluentValidation.Results;
using MiniExcelLibs;

namespace DeputyPortal.Application.Imports;

/// <summary>One data row of an imported sheet, numbered as Excel shows it (the header is row 1).</summary>
public sealed class ImportRow(int number, IReadOnlyDictionary<string, object?> cells)
{
    public int Number { get; } = number;

    public object? Raw(string column) => cells.GetValueOrDefault(column);

    /// <summary>The cell as text: trimmed, blank as null, whole numbers without decimals (a phone typed as a number).</summary>
    public string? Text(string column) => Raw(column) switch
    {
        null => null,
        string s => string.IsNullOrWhiteSpace(s) ? null : s.Trim(),
        double d when d == Math.Floor(d) && Math.Abs(d) < 1e15 => d.ToString("0", CultureInfo.InvariantCulture),
        DateTime dt => dt.ToString(dt.TimeOfDay == TimeSpan.Zero ? "yyyy-MM-dd" : "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        var other => other.ToString()?.Trim() is { Length: > 0 } text ? text : null,
    };

    public bool IsBlank => cells.Values.All(v => v is null || (v is string s && string.IsNullOrWhiteSpace(s)));
}

/// <summary>
/// Reads the first sheet of an uploaded .xlsx: row 1 is the header, every later non-blank row is data. Refuses a file
/// that is not an .xlsx or that <see cref="XlsxGuard"/> finds too costly to read (422 on the field "file"), one that
/// takes longer than <see cref="ParseDeadline"/>, or one that lacks a required column (422 naming row 1 and the column).
/// </summary>
public static class ImportSheet
{
    public const int MaxDataRows = 10_000;

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy-M-d", "yyyy/MM/dd", "yyyy/M/d"];

    /// <summary>How long reading one file may take; the guard's caps keep a real roster far below it.</summary>
    public static readonly TimeSpan ParseDeadline = TimeSpan.FromSeconds(10);

    public static async Task<IReadOnlyList<ImportRow>> ReadAsync(SpreadsheetUpload upload, IReadOnlyList<string> columns, CancellationToken ct)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(ParseDeadline);
        try
        {
            return await ReadWithinAsync(upload, columns, deadline.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new ValidationException([new ValidationFailure(
                "file", $"文件未能在{ParseDeadline.TotalSeconds:0}秒内读完，请使用导入模板或分批导入。") { ErrorCode = "ParseDeadline" }]);
        }
    }

    private static async Task<IReadOnlyList<ImportRow>> ReadWithinAsync(SpreadsheetUpload upload, IReadOnlyList<string> columns, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await upload.Content.CopyToAsync(buffer, ct);
        buffer.Position = 0;
        XlsxGuard.Check(buffer, MaxDataRows + 1, ct);
        buffer.Position = 0;

        List<IDictionary<string, object?>> raw;
        try
        {
            raw = buffer.Query(useHeaderRow: false)
                .Select(row =>
                {
                    ct.ThrowIfCancellationRequested();
                    return (IDictionary<string, object?>)row;
                })
                .Take(MaxDataRows + 2)
                .ToList();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw new ValidationException([new ValidationFailure("file", "上传的文件不是有效的 .xlsx 文件。") { ErrorCode = "XlsxFile" }]);
        }

        var header = raw.Count == 0
            ? new Dictionary<string, string>()
            : raw[0].Where(c => c.Value is not null).ToDictionary(c => c.Key, c => NormalizeHeader(c.Value!.ToString()!));
        var missing = columns.Where(c => !header.ContainsValue(c)).Select(c => new ImportError(1, c, $"缺少“{c}”列；请使用导入模板。")).ToList();
        if (missing.Count > 0)
        {
            throw new ImportRejectedException(missing);
        }

        if (raw.Count > MaxDataRows + 1)
        {
            throw new ImportRejectedException([new ImportError(MaxDataRows + 2, columns[0], $"一次最多导入{MaxDataRows}行，请分批导入。")]);
        }

        var columnOf = header.Where(h => columns.Contains(h.Value)).GroupBy(h => h.Value).ToDictionary(g => g.Key, g => g.First().Key);
        return raw.Skip(1)
            .Select((cells, index) => new ImportRow(index + 2, columns.ToDictionary(c => c, c => cells.TryGetValue(columnOf[c], out var v) ? v : null)))
            .Where(row => !row.IsBlank)
            .ToList();
    }

    /// <summary>A date typed as text (2024-03-01, 2024/3/1), kept by Excel as a date, or a bare Excel serial number.</summary>
    public static bool TryReadDate(object? cell, out DateOnly date)
    {
        switch (cell)
        {
            case DateTime dateTime:
                date = DateOnly.FromDateTime(dateTime);
                return true;
            case double serial when serial >= 1 && serial < 2_958_466 && serial == Math.Floor(serial):
                date = DateOnly.FromDateTime(DateTime.FromOADate(serial));
                return true;
            case string text:
                return DateOnly.TryParseExact(text.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
            default:
                date = default;
                return false;
        }
    }

    /// <summary>是 / 否.</summary>
    public static bool TryReadYesNo(string? text, out bool value)
    {
        value = text == "是";
        return text is "是" or "否";
    }

    /// <summary>Headers compare without surrounding spaces and with half-width brackets read as full-width: 村(社区) = 村（社区）.</summary>
    private static string NormalizeHeader(string text) => text.Trim().Replace('(', '（').Replace(')', '）');
}
