using BingelOuder.Features.SchoolAdmin.Import;

namespace BingelOuder.Tests.SchoolAdmin;

public sealed class RosterFileReaderTests
{
    [Fact]
    public void Reads_semicolon_separated_windows_1252_with_accents()
    {
        var file = RosterFiles.SemicolonWindows1252(
            "Klas;Klasnummer;Voornaam;Familienaam", "3A;1;Zoë;Vermeulen", "3a;2;Lotte;Dé Smet");

        var result = RosterFileReader.Read(file, "klaslijst.csv");

        Assert.Null(result.Error);
        Assert.Equal(2, result.Rows.Count);
        Assert.Equal(new RosterRow(2, "3A", "1", "Zoë", "Vermeulen", null), result.Rows[0]);
        Assert.Equal("Dé Smet", result.Rows[1].LastName);
    }

    [Fact]
    public void Reads_comma_separated_utf8_with_bom_quotes_and_optional_username()
    {
        var file = RosterFiles.CommaUtf8WithBom(
            "klas, KLASNUMMER ,Voornaam,Familienaam,Gebruikersnaam", "4B,7,\"Anne-Sophie\",\"Van den Broeck, jr\",anne.vdb");

        var result = RosterFileReader.Read(file, "export.CSV");

        Assert.Null(result.Error);
        var row = Assert.Single(result.Rows);
        Assert.Equal(("4B", "7", "Anne-Sophie", "Van den Broeck, jr", "anne.vdb"),
            (row.ClassName, row.ClassNumber, row.FirstName, row.LastName, row.Username));
    }

    [Fact]
    public void Reads_the_first_sheet_of_an_xlsx_workbook()
    {
        var file = RosterFiles.Xlsx(
            ["Klas", "Klasnummer", "Voornaam", "Familienaam"], ["1A", "3", "Noah", "Peeters"], ["", "", "", ""],
            ["1A", "4", "Mila", "Janssens"]);

        var result = RosterFileReader.Read(file, "klas.xlsx");

        Assert.Null(result.Error);
        Assert.Equal(["Noah", "Mila"], result.Rows.Select(r => r.FirstName));
        Assert.Equal(4, result.Rows[1].Line);
    }

    [Fact]
    public void A_missing_column_is_named()
    {
        var file = RosterFiles.CommaUtf8WithBom("Klas,Voornaam,Familienaam", "3A,Zoë,Vermeulen");

        var result = RosterFileReader.Read(file, "lijst.csv");

        Assert.Contains("Klasnummer", result.Error);
        Assert.Empty(result.Rows);
    }

    [Theory]
    [InlineData("brief.pdf")]
    [InlineData("lijst.docx")]
    [InlineData("lijst.csv")]
    public void A_file_that_is_not_csv_or_xlsx_is_refused(string name)
    {
        byte[] content = name == "lijst.csv" ? [0x25, 0x50, 0x44, 0x46, 0x00, 0x01] : "%PDF-1.7 ..."u8.ToArray();

        var result = RosterFileReader.Read(content, name);

        Assert.Contains("geen CSV- of Excel-bestand", result.Error);
    }

    [Fact]
    public void A_ten_megabyte_file_is_refused_before_reading()
    {
        var content = new byte[10 * 1024 * 1024];

        var result = RosterFileReader.Read(content, "groot.csv");

        Assert.Contains("te groot", result.Error);
    }
}
