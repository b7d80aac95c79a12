using BingelOuder.Features.Printouts;
using BingelOuder.Tests.Support;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace BingelOuder.Tests.Printouts;

public sealed class LabelTests
{
    private const double PointsPerMm = 72 / 25.4;

    [Fact]
    public async Task Labels_fill_sheets_of_three_by_eight_and_start_each_class_on_a_new_sheet()
    {
        await using var app = new TestApp();
        var rows = Enumerable.Range(1, 25).Select(n => PrintRows.Pupil("3A", n, "Kind", $"Nummer{n}", PrintRows.Code(n)))
            .Append(PrintRows.Pupil("4A", 1, "Lotte", "Maes", PrintRows.Code(99)))
            .ToList();

        var pdf = app.Service<BuildLabels>().Build(rows);

        using var document = PdfDocument.Open(pdf);
        var pages = document.GetPages().ToList();
        Assert.Equal(3, pages.Count);
        Assert.All(pages, p => Assert.Equal(210, p.Width / PointsPerMm, 0.1));
        Assert.All(pages, p => Assert.Equal(297, p.Height / PointsPerMm, 0.1));
        Assert.Equal(24, LabelsOn(pages[0]).Count);
        Assert.Equal("Kind Nummer1", LabelsOn(pages[0])[0].Name);
        Assert.Equal("Kind Nummer3", LabelsOn(pages[0])[2].Name);
        Assert.Equal("Kind Nummer4", LabelsOn(pages[0])[3].Name);
        Assert.Equal(["Kind Nummer25"], LabelsOn(pages[1]).Select(l => l.Name));
        Assert.Equal(["Lotte Maes"], LabelsOn(pages[2]).Select(l => l.Name));
    }

    [Fact]
    public async Task A_label_holds_the_name_class_number_school_code_parent_code_and_address()
    {
        await using var app = new TestApp();

        var pdf = app.Service<BuildLabels>().Build([PrintRows.Pupil("3A", 7, "Emma", "Peeters", "K7QMX4XTPA")]);

        using var document = PdfDocument.Open(pdf);
        var label = Assert.Single(LabelsOn(document.GetPage(1)));
        Assert.Equal(
            "Emma Peeters Klas 3A · nr. 7 Schoolcode DEMO01 Oudercode K7QMX-4XTPA "
            + "Account maken en koppelen op https://ouders.test.example/ouder",
            label.Text);
    }

    [Fact]
    public async Task Names_with_accents_and_long_names_stay_whole_and_inside_their_label()
    {
        await using var app = new TestApp();
        string[] names =
        [
            "Zoë Çelik", "Anaïs Ğündoğdu", "Łucja Wiśniewska-Nowak", "Chloé Vandenbroucke-Van Den Heuvel",
            "Marie-Françoise Anaëlle Vanderstraeten-Van de Casteele", "Jean-Baptiste Maximiliaan D'Hondt-Verhaeghe",
            "Ngọc Ánh Nguyễn Thị", "Björn Ødegård-Üstün",
        ];
        var rows = names.Select((n, i) => PrintRows.Pupil("3A", i + 1, n.Split(' ')[0],
            string.Join(' ', n.Split(' ').Skip(1)), PrintRows.Code(i))).ToList();

        var pdf = app.Service<BuildLabels>().Build(rows);

        await PdfFiles.SaveAsync(pdf, "labels-long-names", dpi: 100);
        using var document = PdfDocument.Open(pdf);
        var labels = LabelsOn(document.GetPage(1));
        Assert.Equal(names, labels.Select(l => l.Name));
        Assert.All(labels, l => Assert.True(l.Inside, $"Text of label {l.Position} leaves its printable area: {l.Text}"));
    }

    [Fact]
    public async Task A_name_too_long_for_two_lines_is_cut_but_never_leaves_its_label()
    {
        await using var app = new TestApp();
        var endless = string.Concat(Enumerable.Repeat("Vanderstraeten", 12));

        var pdf = app.Service<BuildLabels>().Build([PrintRows.Pupil("3A", 1, "Wolfgang", endless)]);

        using var document = PdfDocument.Open(pdf);
        var label = Assert.Single(LabelsOn(document.GetPage(1)));
        Assert.True(label.Inside, label.Text);
        Assert.Contains("…", label.Text);
        Assert.Contains("Oudercode", label.Text);
    }

    [Fact]
    public async Task Letters_built_from_several_accents_are_printed_whole()
    {
        await using var app = new TestApp();
        var builder = app.Service<BuildLabels>();
        var withAccents = builder.Build([PrintRows.Pupil("3A", 1, "Ánh", "Nguyễn Thị", PrintRows.Code(1))]);
        var without = builder.Build([PrintRows.Pupil("3A", 1, "Ánh", "Nguyen Thị", PrintRows.Code(1))]);
        var ct = TestContext.Current.CancellationToken;

        var accented = await File.ReadAllBytesAsync(await PdfFiles.RenderPageAsync(withAccents, 1, 150), ct);
        var plain = await File.ReadAllBytesAsync(await PdfFiles.RenderPageAsync(without, 1, 150), ct);

        Assert.NotEqual(plain, accented);
    }

    /// <summary>The words on a page grouped by the label they fall in, in sheet order.</summary>
    private static List<LabelText> LabelsOn(Page page)
    {
        var words = page.GetWords().ToList();
        return words
            .GroupBy(w => PositionOf(page, w))
            .OrderBy(g => g.Key)
            .Select(g =>
            {
                var (left, top, right, bottom) = Bounds(page, g.Key);
                var inside = g.All(w => w.BoundingBox.Left >= left - 1 && w.BoundingBox.Right <= right + 1
                    && w.BoundingBox.Top <= top + 1 && w.BoundingBox.Bottom >= bottom - 1);
                var text = string.Join(' ', g.Select(w => w.Text));
                var name = text[..text.IndexOf(" Klas ", StringComparison.Ordinal)];
                return new LabelText(g.Key, text, name, inside);
            })
            .ToList();
    }

    private static int PositionOf(Page page, Word word)
    {
        var x = word.BoundingBox.Centroid.X / PointsPerMm;
        var yFromTop = (page.Height - word.BoundingBox.Centroid.Y) / PointsPerMm;
        var column = (int)(x / LabelSheet.LabelWidthMm);
        var row = (int)((yFromTop - LabelSheet.TopMarginMm) / LabelSheet.LabelHeightMm);
        return row * LabelSheet.Columns + column;
    }

    /// <summary>The part of the label kept for text, in PDF points (origin bottom left).</summary>
    private static (double Left, double Top, double Right, double Bottom) Bounds(Page page, int position)
    {
        var column = position % LabelSheet.Columns;
        var row = position / LabelSheet.Columns;
        var left = (column * LabelSheet.LabelWidthMm + LabelSheet.PaddingXMm) * PointsPerMm;
        var top = page.Height
            - (LabelSheet.TopMarginMm + row * LabelSheet.LabelHeightMm + LabelSheet.PaddingYMm) * PointsPerMm;
        var width = (LabelSheet.LabelWidthMm - 2 * LabelSheet.PaddingXMm) * PointsPerMm;
        var height = (LabelSheet.LabelHeightMm - 2 * LabelSheet.PaddingYMm) * PointsPerMm;
        return (left, top, left + width, top - height);
    }

    private sealed record LabelText(int Position, string Text, string Name, bool Inside);
}
