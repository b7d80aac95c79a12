using System.Globalization;
using System.Text;
using ClosedXML.Excel;
using CsvHelper;
using CsvHelper.Configuration;

namespace BingelOuder.Features.SchoolAdmin.Import;

/// <summary>
/// Reads a class list as schools export it: CSV with comma or semicolon in UTF-8 (with or
/// without BOM) or Windows-1252, or an .xlsx workbook (first sheet). Header names are matched
/// without regard to case or spaces.
/// </summary>
public static class RosterFileReader
{
    public const long MaxBytes = 5 * 1024 * 1024;

    public const string ClassColumn = "Klas";
    public const string NumberColumn = "Klasnummer";
    public const string FirstNameColumn = "Voornaam";
    public const string LastNameColumn = "Familienaam";
    public const string UsernameColumn = "Gebruikersnaam";

    private static readonly string[] Required = [ClassColumn, NumberColumn, FirstNameColumn, LastNameColumn];

    static RosterFileReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static RosterFile Read(byte[] content, string fileName)
    {
        if (content.LongLength > MaxBytes)
        {
            return RosterFile.Fail($"Het bestand is te groot ({content.LongLength / (1024 * 1024)} MB). "
                + "Een klaslijst is hoogstens 5 MB.");
        }

        if (content.Length == 0)
        {
            return RosterFile.Fail("Het bestand is leeg.");
        }

        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        var isZip = content.Length > 3 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
        if (extension == ".xlsx" && isZip)
        {
            return ReadWorkbook(content);
        }

        if (extension is ".csv" or ".txt" && !isZip && !content.Contains((byte)0))
        {
            return ReadCsv(Decode(content));
        }

        return RosterFile.Fail("Dit bestand is geen CSV- of Excel-bestand. Kies een .csv- of .xlsx-bestand "
            + "met de kolommen Klas, Klasnummer, Voornaam en Familienaam.");
    }

    /// <summary>UTF-8 when the bytes are valid UTF-8 (BOM or not), otherwise Windows-1252.</summary>
    private static string Decode(byte[] content)
    {
        var hasBom = content.Length >= 3 && content[0] == 0xEF && content[1] == 0xBB && content[2] == 0xBF;
        var body = hasBom ? content.AsSpan(3) : content.AsSpan();
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(body);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.GetEncoding(1252).GetString(body);
        }
    }

    private static RosterFile ReadCsv(string text)
    {
        var firstLine = text.Split('\n', 2)[0];
        var delimiter = firstLine.Count(c => c == ';') > firstLine.Count(c => c == ',') ? ";" : ",";
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = delimiter,
            HasHeaderRecord = true,
            TrimOptions = TrimOptions.Trim,
            IgnoreBlankLines = true,
            MissingFieldFound = null,
            BadDataFound = null,
            DetectColumnCountChanges = false,
        };

        using var reader = new CsvReader(new StringReader(text), config);
        if (!reader.Read() || !reader.ReadHeader() || reader.HeaderRecord is null)
        {
            return RosterFile.Fail("Het bestand heeft geen kopregel met de kolomnamen.");
        }

        var columns = MapColumns(reader.HeaderRecord);
        if (columns.Error is not null)
        {
            return RosterFile.Fail(columns.Error);
        }

        var rows = new List<RosterRow>();
        while (reader.Read())
        {
            var line = reader.Parser.RawRow;
            string Field(string name) =>
                columns.Index.TryGetValue(name, out var i) && i < reader.Parser.Count ? reader.GetField(i) ?? "" : "";
            var row = ToRow(line, Field);
            if (row is not null)
            {
                rows.Add(row);
            }
        }

        return new RosterFile(rows, null);
    }

    private static RosterFile ReadWorkbook(byte[] content)
    {
        XLWorkbook workbook;
        try
        {
            workbook = new XLWorkbook(new MemoryStream(content));
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or ArgumentException or FormatException
            or InvalidOperationException or System.Xml.XmlException
            or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException)
        {
            return RosterFile.Fail("Dit Excel-bestand kan niet gelezen worden. Sla het opnieuw op als .xlsx.");
        }

        using (workbook)
        {
            var sheet = workbook.Worksheets.First();
            var used = sheet.RangeUsed();
            if (used is null)
            {
                return RosterFile.Fail("Het eerste werkblad is leeg.");
            }

            var firstRow = used.FirstRow().RowNumber();
            var lastColumn = used.LastColumn().ColumnNumber();
            var header = Enumerable.Range(1, lastColumn).Select(c => sheet.Cell(firstRow, c).GetFormattedString()).ToArray();
            var columns = MapColumns(header);
            if (columns.Error is not null)
            {
                return RosterFile.Fail(columns.Error);
            }

            var rows = new List<RosterRow>();
            for (var r = firstRow + 1; r <= used.LastRow().RowNumber(); r++)
            {
                var rowNumber = r;
                string Field(string name) => columns.Index.TryGetValue(name, out var i)
                    ? sheet.Cell(rowNumber, i + 1).GetFormattedString().Trim()
                    : "";
                var row = ToRow(rowNumber, Field);
                if (row is not null)
                {
                    rows.Add(row);
                }
            }

            return new RosterFile(rows, null);
        }
    }

    private static RosterRow? ToRow(int line, Func<string, string> field)
    {
        var values = new[] { field(ClassColumn), field(NumberColumn), field(FirstNameColumn), field(LastNameColumn) };
        var username = field(UsernameColumn);
        if (values.All(string.IsNullOrWhiteSpace) && string.IsNullOrWhiteSpace(username))
        {
            return null;
        }

        return new RosterRow(line, values[0].Trim(), values[1].Trim(), values[2].Trim(), values[3].Trim(),
            string.IsNullOrWhiteSpace(username) ? null : username.Trim());
    }

    private static (Dictionary<string, int> Index, string? Error) MapColumns(string[] header)
    {
        var index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Length; i++)
        {
            var name = new string(header[i].Where(c => !char.IsWhiteSpace(c)).ToArray());
            index.TryAdd(name, i);
        }

        var missing = Required.Where(name => !index.ContainsKey(name)).ToList();
        return missing.Count == 0
            ? (index, null)
            : (index, $"Deze kolom{(missing.Count > 1 ? "men ontbreken" : " ontbreekt")} in de kopregel: "
                + $"{string.Join(", ", missing)}. Nodig zijn: {string.Join(", ", Required)} "
                + $"(en eventueel {UsernameColumn}).");
    }
}
