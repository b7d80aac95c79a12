using BingelOuder.Features.Printouts;
using BingelOuder.Tests.Support;
using ClosedXML.Excel;

namespace BingelOuder.Tests.Printouts;

public sealed class PupilListTests
{
    private static readonly string[] Headers =
    [
        "Klas", "Klasnummer", "Familienaam", "Voornaam", "Gebruikersnaam", "Schoolcode", "Oudercode",
        "Gekoppelde personen",
    ];

    [Fact]
    public async Task The_list_has_a_sheet_per_class_with_every_pupil_in_class_number_order()
    {
        await using var app = new TestApp();
        PupilPrintRow[] rows =
        [
            PrintRows.Pupil("4A", 1, "Lotte", "Maes", "K7QMX4XTPA", linked: 2, username: "lotte.maes"),
            PrintRows.Pupil("3A", 2, "Noah", "Peeters", "ABCDE23456", linked: 0, username: "noah.peeters"),
            PrintRows.Pupil("3A", 1, "Éloïse", "D'Hondt", "ZZZZZ99999", linked: 1, username: "eloise.dhondt"),
        ];

        using var workbook = Open(app.Service<BuildPupilList>().Build(rows));

        Assert.Equal(["3A", "4A"], workbook.Worksheets.Select(w => w.Name));
        Assert.Equal(
            [
                Headers,
                ["3A", "1", "D'Hondt", "Éloïse", "eloise.dhondt", "DEMO01", "ZZZZZ-99999", "1"],
                ["3A", "2", "Peeters", "Noah", "noah.peeters", "DEMO01", "ABCDE-23456", "0"],
            ],
            Cells(workbook.Worksheet("3A")));
        Assert.Equal(
            [Headers, ["4A", "1", "Maes", "Lotte", "lotte.maes", "DEMO01", "K7QMX-4XTPA", "2"]],
            Cells(workbook.Worksheet("4A")));
        Assert.Equal(XLDataType.Number, workbook.Worksheet("3A").Cell(2, 2).DataType);
        Assert.Equal(XLDataType.Number, workbook.Worksheet("3A").Cell(2, 8).DataType);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"https://evil.example\",\"Klik\")")]
    [InlineData("+32 470 12 34 56")]
    [InlineData("+32470123456")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1)")]
    [InlineData("0012")]
    [InlineData("1/2")]
    [InlineData("TRUE")]
    [InlineData("'Annick")]
    public async Task Names_that_look_like_formulas_or_numbers_stay_text(string name)
    {
        await using var app = new TestApp();
        var row = PrintRows.Pupil("3A", 1, name, name, username: name);

        using var workbook = Open(app.Service<BuildPupilList>().Build([row]));

        var sheet = workbook.Worksheet("3A");
        foreach (var column in new[] { 3, 4, 5 })
        {
            var cell = sheet.Cell(2, column);
            Assert.False(cell.HasFormula, $"column {column} holds a formula");
            Assert.Equal(XLDataType.Text, cell.DataType);
            Assert.Equal(name, cell.GetString());
            Assert.Equal("=+-@".Contains(name[0]), cell.Style.IncludeQuotePrefix);
        }
    }

    [Fact]
    public async Task Columns_have_set_widths_and_the_header_stays_in_view()
    {
        await using var app = new TestApp();

        using var workbook = Open(app.Service<BuildPupilList>().Build([PrintRows.Pupil("3A", 1, "Emma", "Peeters")]));

        var sheet = workbook.Worksheet("3A");
        Assert.All(Enumerable.Range(1, Headers.Length), c => Assert.True(sheet.Column(c).Width >= 8));
        Assert.Equal(1, sheet.SheetView.SplitRow);
    }

    private static XLWorkbook Open(byte[] bytes) => new(new MemoryStream(bytes));

    private static List<string[]> Cells(IXLWorksheet sheet) =>
        sheet.RangeUsed().Rows().Select(r => r.Cells().Select(c => c.GetString()).ToArray()).ToList();
}
