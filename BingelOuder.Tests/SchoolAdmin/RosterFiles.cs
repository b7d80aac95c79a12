using System.Text;
using ClosedXML.Excel;

namespace BingelOuder.Tests.SchoolAdmin;

/// <summary>Class-list files as schools' administration software writes them, made in the test.</summary>
public static class RosterFiles
{
    static RosterFiles() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static byte[] SemicolonWindows1252(params string[] lines) =>
        Encoding.GetEncoding(1252).GetBytes(string.Join("\r\n", lines) + "\r\n");

    public static byte[] CommaUtf8WithBom(params string[] lines) =>
        [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n")];

    public static byte[] Xlsx(params string[][] rows)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("Leerlingen");
        for (var r = 0; r < rows.Length; r++)
        {
            for (var c = 0; c < rows[r].Length; c++)
            {
                sheet.Cell(r + 1, c + 1).SetValue(rows[r][c]);
            }
        }

        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }
}
