using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace DeputyPortal.Api.FunctionalTests.Imports;

/// <summary>
/// Hostile .xlsx files, built byte by byte: a real workbook (written by the same library the app uses) whose sheet or
/// parts are replaced by what an attacker would send.
/// </summary>
internal static class CraftedXlsx
{
    private const string Sheet = "xl/worksheets/sheet1.xml";

    /// <summary>A header row of the deputy template, then rows of <paramref name="width"/> cells (a file of a few KB); the dimension as given (or none).</summary>
    public static byte[] WideRows(int width, int rows, string? dimension)
    {
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
            .Append("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
        if (dimension is not null)
        {
            xml.Append("<dimension ref=\"").Append(dimension).Append("\"/>");
        }

        xml.Append("<sheetData>").Append(HeaderRow());
        for (var r = 2; r <= rows + 1; r++)
        {
            xml.Append("<row r=\"").Append(r).Append("\">");
            for (var c = 0; c < width; c++)
            {
                xml.Append("<c t=\"inlineStr\"><is><t>x</t></is></c>"); // no r: identical cells compress to almost nothing
            }

            xml.Append("</row>");
        }

        return WithSheet(xml.Append("</sheetData></worksheet>").ToString());
    }

    /// <summary>A sheet that claims the whole grid (A1:XFD1048576) and holds only the header.</summary>
    public static byte[] ClaimsTheWholeGrid() => WithSheet(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        + "<dimension ref=\"A1:XFD1048576\"/><sheetData>" + HeaderRow() + "</sheetData></worksheet>");

    /// <summary>A header row and one data row numbered past the row cap.</summary>
    public static byte[] RowNumberedPast(int rowNumber) => WithSheet(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
        + HeaderRow() + $"<row r=\"{rowNumber}\"><c r=\"A{rowNumber}\" t=\"inlineStr\"><is><t>甲</t></is></c></row></sheetData></worksheet>");

    /// <summary>A valid workbook plus one part of <paramref name="megabytes"/> MB of zeros, which deflate about a thousandfold.</summary>
    public static byte[] ZipBomb(int megabytes, bool declaredSizeLies)
    {
        using var stream = new MemoryStream();
        stream.Write(ImportFiles.Xlsx([ImportFiles.DeputyRow("甲新代表一", "1980-05-06", "甲第一选区")]));
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            using var part = zip.CreateEntry("xl/media/padding.bin", CompressionLevel.Optimal).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < megabytes; i++)
            {
                part.Write(zeros);
            }
        }

        var bytes = stream.ToArray();
        return declaredSizeLies ? DeclareUncompressedSize(bytes, "xl/media/padding.bin", 1024) : bytes;
    }

    /// <summary>Rewrites the uncompressed size the local header and the central directory declare for one entry.</summary>
    private static byte[] DeclareUncompressedSize(byte[] zip, string entryName, uint size)
    {
        var name = Encoding.UTF8.GetBytes(entryName);
        for (var i = 0; i + 46 < zip.Length; i++)
        {
            var signature = BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(i));
            if (signature == 0x04034b50 && zip.AsSpan(i + 30, name.Length).SequenceEqual(name))
            {
                BinaryPrimitives.WriteUInt32LittleEndian(zip.AsSpan(i + 22), size);
            }
            else if (signature == 0x02014b50 && zip.AsSpan(i + 46, name.Length).SequenceEqual(name))
            {
                BinaryPrimitives.WriteUInt32LittleEndian(zip.AsSpan(i + 24), size);
            }
        }

        return zip;
    }

    private static string HeaderRow()
    {
        var row = new StringBuilder("<row r=\"1\">");
        for (var c = 0; c < ImportFiles.DeputyColumns.Length; c++)
        {
            row.Append("<c r=\"").Append(Column(c + 1)).Append("1\" t=\"inlineStr\"><is><t>").Append(ImportFiles.DeputyColumns[c]).Append("</t></is></c>");
        }

        return row.Append("</row>").ToString();
    }

    private static byte[] WithSheet(string sheetXml)
    {
        using var stream = new MemoryStream();
        stream.Write(ImportFiles.Xlsx([ImportFiles.DeputyRow("甲新代表一", "1980-05-06", "甲第一选区")]));
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry(Sheet)!.Delete();
            using var part = new StreamWriter(zip.CreateEntry(Sheet, CompressionLevel.SmallestSize).Open(), new UTF8Encoding(false));
            part.Write(sheetXml);
        }

        return stream.ToArray();
    }

    /// <summary>1 → A, 27 → AA, 16384 → XFD.</summary>
    private static string Column(int number)
    {
        var name = "";
        for (; number > 0; number = (number - 1) / 26)
        {
            name = (char)('A' + ((number - 1) % 26)) + name;
        }

        return name;
    }
}
