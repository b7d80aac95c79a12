using BingelOuder.Features.Linking;
using ClosedXML.Excel;

namespace BingelOuder.Features.Printouts;

/// <summary>
/// The Excel list: a sheet per class, a row per pupil. Text goes in as text, so a name such as
/// "=HYPERLINK(...)" or "+32..." stays that text and never becomes a formula or a number.
/// </summary>
public sealed class BuildPupilList
{
    private static readonly (string Header, double Width)[] Columns =
    [
        ("Klas", 8),
        ("Klasnummer", 12),
        ("Familienaam", 24),
        ("Voornaam", 18),
        ("Gebruikersnaam", 22),
        ("Schoolcode", 12),
        ("Oudercode", 15),
        ("Gekoppelde personen", 20),
    ];

    public byte[] Build(IReadOnlyList<PupilPrintRow> rows)
    {
        using var workbook = new XLWorkbook();
        workbook.Properties.Title = "Leerlingen en oudercodes";
        workbook.Properties.Author = "BingelOuder";
        var sheetNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

        foreach (var schoolClass in PrintOrder.Sort(rows).GroupBy(r => r.ClassName))
        {
            var sheet = workbook.Worksheets.Add(SheetName(schoolClass.Key, sheetNames));
            WriteHeader(sheet);
            var line = 2;
            foreach (var row in schoolClass)
            {
                Text(sheet.Cell(line, 1), row.ClassName);
                sheet.Cell(line, 2).SetValue(row.ClassNumber);
                Text(sheet.Cell(line, 3), row.LastName);
                Text(sheet.Cell(line, 4), row.FirstName);
                Text(sheet.Cell(line, 5), row.Username);
                Text(sheet.Cell(line, 6), row.SchoolCode);
                Text(sheet.Cell(line, 7), ParentCodeFormat.Display(row.ParentCode));
                sheet.Cell(line, 8).SetValue(row.LinkedCount);
                line++;
            }

            sheet.Range(1, 1, line - 1, Columns.Length).SetAutoFilter();
        }

        if (workbook.Worksheets.Count == 0)
        {
            WriteHeader(workbook.Worksheets.Add("Leerlingen"));
        }

        using var output = new MemoryStream();
        workbook.SaveAs(output);
        return output.ToArray();
    }

    private static void WriteHeader(IXLWorksheet sheet)
    {
        for (var column = 0; column < Columns.Length; column++)
        {
            Text(sheet.Cell(1, column + 1), Columns[column].Header);
            // Widths are set by hand: measuring the contents needs a native graphics library.
            sheet.Column(column + 1).Width = Columns[column].Width;
        }

        var header = sheet.Range(1, 1, 1, Columns.Length);
        header.Style.Font.Bold = true;
        header.Style.Fill.BackgroundColor = XLColor.FromHtml("#E8F0FA");
        sheet.SheetView.FreezeRows(1);
        sheet.PageSetup.PageOrientation = XLPageOrientation.Landscape;
        sheet.PageSetup.PaperSize = XLPaperSize.A4Paper;
        sheet.PageSetup.FitToPages(1, 0);
        sheet.PageSetup.SetRowsToRepeatAtTop(1, 1);
    }

    private static void Text(IXLCell cell, string value)
    {
        cell.DataType = XLDataType.Text;
        cell.SetValue(value);

        // A leading = + - @ would make Excel read the text as a formula once the cell is edited.
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@')
        {
            cell.Style.IncludeQuotePrefix = true;
        }
    }

    /// <summary>Excel's rules: at most 31 characters, none of : \ / ? * [ ], unique in the workbook.</summary>
    private static string SheetName(string className, HashSet<string> taken)
    {
        var cleaned = new string(className.Select(c => ":\\/?*[]".Contains(c) ? '-' : c).ToArray()).Trim('\'');
        var name = string.IsNullOrWhiteSpace(cleaned) ? "Klas" : cleaned[..Math.Min(cleaned.Length, 31)];
        var unique = name;
        for (var n = 2; !taken.Add(unique); n++)
        {
            var suffix = $" ({n})";
            unique = name[..Math.Min(name.Length, 31 - suffix.Length)] + suffix;
        }

        return unique;
    }
}
