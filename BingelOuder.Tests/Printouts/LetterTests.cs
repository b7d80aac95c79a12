using BingelOuder.Features.Printouts;
using BingelOuder.Tests.Support;

namespace BingelOuder.Tests.Printouts;

public sealed class LetterTests
{
    private static BuildLetters Builder(TestApp app) => app.Service<BuildLetters>();

    [Fact]
    public async Task Letters_have_one_page_per_pupil_sorted_by_class_and_class_number()
    {
        await using var app = new TestApp();
        PupilPrintRow[] rows =
        [
            PrintRows.Pupil("4A", 2, "Lotte", "Maes", PrintRows.Code(1)),
            PrintRows.Pupil("3A", 12, "Noah", "Peeters", PrintRows.Code(2)),
            PrintRows.Pupil("3A", 2, "Emma", "Janssens", PrintRows.Code(3)),
            PrintRows.Pupil("4A", 1, "Arthur", "Wouters", PrintRows.Code(4)),
        ];

        var pdf = Builder(app).Build(rows);

        var pages = PdfFiles.PageTexts(pdf);
        await PdfFiles.SaveAsync(pdf, "letters-sorted");
        Assert.Equal(4, pages.Count);
        Assert.Contains("Emma Janssens · klas 3A · klasnummer 2", pages[0]);
        Assert.Contains("Noah Peeters · klas 3A · klasnummer 12", pages[1]);
        Assert.Contains("Arthur Wouters · klas 4A · klasnummer 1", pages[2]);
        Assert.Contains("Lotte Maes · klas 4A · klasnummer 2", pages[3]);
    }

    [Fact]
    public async Task A_letter_holds_the_school_the_four_data_and_the_two_steps()
    {
        await using var app = new TestApp();
        var row = PrintRows.Pupil("3A", 7, "Éloïse", "Van den Brœck", "K7QMX4XTPA");

        var page = PdfFiles.PageTexts(Builder(app).Build([row])).Single();

        Assert.Contains("Basisschool De Regenboog", page);
        Assert.Contains("Volg het oefenen van Éloïse", page);
        Assert.Contains("Éloïse Van den Brœck", page);
        Assert.Contains("Schoolcode DEMO01", page);
        Assert.Contains("Klas 3A", page);
        Assert.Contains("Klasnummer 7", page);
        Assert.Contains("Oudercode K7QMX-4XTPA", page);
        Assert.Contains("Maak een account aan", page);
        Assert.Contains("https://ouders.test.example/ouder", page);
        Assert.Contains("Koppel Éloïse aan uw account", page);
    }

    [Fact]
    public async Task The_qr_code_opens_the_linking_form_for_that_pupil_without_the_parent_code()
    {
        await using var app = new TestApp();
        var row = PrintRows.Pupil("3A", 7, "Emma", "Peeters", "K7QMX4XTPA");
        var pdf = Builder(app).Build([row]);

        var png = await PdfFiles.RenderPageAsync(pdf, page: 1, dpi: 150);
        var codes = await PdfFiles.DecodeQrCodesAsync(png);

        var link = Assert.Single(codes);
        Assert.Equal("https://ouders.test.example/ouder/koppelen?schoolcode=DEMO01&klas=3A&klasnummer=7", link);
        Assert.DoesNotContain("K7QMX", link, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("4XTPA", link, StringComparison.OrdinalIgnoreCase);
    }
}
