using System.IO.Compression;
using System.Xml;
using FluentValidation;
using FluentValidation.Results;

namespace DeputyPortal.Application.Imports;

/// <summary>
/// Looks inside an uploaded .xlsx before any spreadsheet parser sees it, so that a small file cannot cost the server
/// much: an .xlsx is a zip of XML parts, and both the zip (an entry that inflates a thousandfold) and the sheet XML
/// (rows thousands of cells wide, whose parsing cost grows with the square of the width) can be crafted.
/// Every part is inflated through a counter (the sizes a zip declares may lie), and every worksheet is read with a
/// streaming XmlReader that counts the real rows and cells (its declared &lt;dimension&gt; may lie too).
/// A refusal is a 422 on the field "file" naming the rule.
/// </summary>
public static class XlsxGuard
{
    /// <summary>The most one part of the file may inflate to; a 10,000-row roster's sheet is a few MB.</summary>
    public const long MaxEntryBytes = 20 * 1024 * 1024;

    /// <summary>The most all parts together may inflate to.</summary>
    public const long MaxTotalBytes = 40 * 1024 * 1024;

    /// <summary>The most cells a row may have; the import templates have about a dozen columns.</summary>
    public const int MaxColumns = 64;

    private const string SpreadsheetNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private static readonly XmlReaderSettings XmlSettings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreWhitespace = true,
    };

    /// <summary>Refuses the file unless every part and every worksheet is within the caps; leaves the stream open.</summary>
    /// <param name="maxRows">The most rows (header included) a worksheet may have.</param>
    public static void Check(Stream xlsx, int maxRows, CancellationToken ct)
    {
        ZipArchive archive;
        try
        {
            archive = new ZipArchive(xlsx, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException)
        {
            throw NotAnXlsx();
        }

        using (archive)
        {
            CheckDeclaredSizes(archive);
            var inflated = new InflatedBytes();
            foreach (var entry in archive.Entries)
            {
                ct.ThrowIfCancellationRequested();
                try
                {
                    using var content = new BoundedInflateStream(entry.Open(), Math.Min(entry.Length, MaxEntryBytes), inflated);
                    if (IsWorksheet(entry.FullName))
                    {
                        CheckWorksheet(content, maxRows, ct);
                    }

                    content.CopyTo(Stream.Null);
                }
                catch (Exception ex) when (ex is InvalidDataException or XmlException)
                {
                    throw NotAnXlsx();
                }
            }
        }
    }

    private static void CheckDeclaredSizes(ZipArchive archive)
    {
        long total = 0;
        foreach (var entry in archive.Entries)
        {
            if (entry.Length > MaxEntryBytes)
            {
                throw EntryTooLarge();
            }

            total += entry.Length;
            if (total > MaxTotalBytes)
            {
                throw TotalTooLarge();
            }
        }
    }

    private static bool IsWorksheet(string name) =>
        name.StartsWith("xl/worksheets/", StringComparison.OrdinalIgnoreCase)
        && name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)
        && !name.Contains("/_rels/", StringComparison.OrdinalIgnoreCase);

    private static void CheckWorksheet(Stream content, int maxRows, CancellationToken ct)
    {
        using var reader = XmlReader.Create(content, XmlSettings);
        var rows = 0;
        var cellsInRow = 0;
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.NamespaceURI != SpreadsheetNamespace)
            {
                continue;
            }

            switch (reader.LocalName)
            {
                case "dimension":
                    CheckDimension(reader.GetAttribute("ref"), maxRows);
                    break;
                case "row":
                    ct.ThrowIfCancellationRequested();
                    rows++;
                    cellsInRow = 0;
                    var number = int.TryParse(reader.GetAttribute("r"), out var r) ? r : rows;
                    if (rows > maxRows || number > maxRows)
                    {
                        throw TooManyRows(maxRows);
                    }

                    break;
                case "c":
                    cellsInRow++;
                    if (cellsInRow > MaxColumns || ColumnOf(reader.GetAttribute("r")) > MaxColumns)
                    {
                        throw TooManyCells();
                    }

                    break;
            }
        }
    }

    /// <summary>ref="A1:K120" (or a single cell "A1"): the far corner gives the columns and rows the sheet claims.</summary>
    private static void CheckDimension(string? reference, int maxRows)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return;
        }

        var corner = reference[(reference.IndexOf(':', StringComparison.Ordinal) + 1)..];
        var column = ColumnOf(corner);
        var digits = corner.AsSpan(corner.TakeWhile(char.IsAsciiLetter).Count());
        var row = int.TryParse(digits, out var number) ? number : 0;
        if (column > MaxColumns || row > maxRows)
        {
            throw new ValidationException([Failure(
                "SheetDimension",
                $"工作表声明的范围为 {reference}，超出导入允许的 {MaxColumns} 列、{maxRows} 行，请使用导入模板。")]);
        }
    }

    /// <summary>"AB12" → 28; 0 when the reference has no column letters.</summary>
    private static long ColumnOf(string? reference)
    {
        long column = 0;
        foreach (var ch in reference ?? "")
        {
            if (!char.IsAsciiLetter(ch))
            {
                break;
            }

            column = (column * 26) + (char.ToUpperInvariant(ch) - 'A' + 1);
            if (column > int.MaxValue)
            {
                break;
            }
        }

        return column;
    }

    private static ValidationFailure Failure(string rule, string message) => new("file", message) { ErrorCode = rule };

    private static ValidationException NotAnXlsx() => new([Failure("XlsxFile", "上传的文件不是有效的 .xlsx 文件。")]);

    private static ValidationException EntryTooLarge() =>
        new([Failure("XlsxEntrySize", $"文件中有一部分解压后超过 {MaxEntryBytes / 1024 / 1024} MB，不是正常的名册文件，请使用导入模板。")]);

    private static ValidationException TotalTooLarge() =>
        new([Failure("XlsxTotalSize", $"文件解压后共超过 {MaxTotalBytes / 1024 / 1024} MB，不是正常的名册文件，请使用导入模板。")]);

    private static ValidationException TooManyCells() =>
        new([Failure("CellsPerRow", $"工作表有一行超过 {MaxColumns} 个单元格（列），请使用导入模板。")]);

    private static ValidationException TooManyRows(int maxRows) =>
        new([Failure("MaxRows", $"一次最多导入{maxRows - 1}行（不含表头），请分批导入。")]);

    /// <summary>What all parts of one file have inflated to so far.</summary>
    private sealed class InflatedBytes
    {
        public long Total { get; set; }
    }

    /// <summary>Reads an inflating part and stops it at its cap (and at the file's), whatever the zip declared.</summary>
    private sealed class BoundedInflateStream(Stream inner, long entryCap, InflatedBytes inflated) : Stream
    {
        private long _read;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => _read;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

        public override int Read(Span<byte> buffer) => Count(inner.Read(buffer));

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }

        private int Count(int read)
        {
            _read += read;
            inflated.Total += read;
            if (_read > entryCap)
            {
                throw EntryTooLarge();
            }

            return inflated.Total > MaxTotalBytes ? throw TotalTooLarge() : read;
        }
    }
}
