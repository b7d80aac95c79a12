using System.Globalization;
using BingelOuder.Features.Linking;
using BingelOuder.Infrastructure.Pdf;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace BingelOuder.Features.Printouts;

/// <summary>
/// Labels with the key data of each pupil on A4 sheets of 3 x 8. Each class starts on a new sheet,
/// so the sheets of a whole school can be handed out per class.
/// </summary>
public sealed class BuildLabels(ParentAddresses addresses)
{
    private const double NameMaxSize = 10.5;
    private const double NameMinSize = 7;

    public byte[] Build(IReadOnlyList<PupilPrintRow> rows)
    {
        PdfFonts.EnsureRegistered();
        var fonts = new LabelFonts(PdfFonts.OptionsFor(rows.SelectMany(PrintedTexts.Of)));
        using var document = new PdfDocument();
        document.Info.Title = "Etiketten met oudercodes";
        document.Info.Creator = "BingelOuder";
        document.Options.CompressContentStreams = true;
        var link = addresses.Start;

        foreach (var schoolClass in PrintOrder.Sort(rows).GroupBy(r => (r.SchoolCode, r.ClassName)))
        {
            foreach (var sheet in schoolClass.Chunk(LabelSheet.PerSheet))
            {
                var page = document.AddPage();
                page.Width = XUnit.FromMillimeter(210);
                page.Height = XUnit.FromMillimeter(297);
                using var gfx = XGraphics.FromPdfPage(page);
                for (var position = 0; position < sheet.Length; position++)
                {
                    DrawLabel(gfx, LabelSheet.Printable(LabelSheet.Label(position)), sheet[position], link, fonts);
                }
            }
        }

        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }

    private static void DrawLabel(XGraphics gfx, XRect area, PupilPrintRow row, string link, LabelFonts fonts)
    {
        var name = TextFit.Fit(gfx, row.FullName, fonts.Name, area.Width, NameMaxSize, NameMinSize, maxLines: 2);
        var nameLeading = name.Font.Size * 1.15;
        var linkFit = TextFit.Fit(gfx, link, fonts.Link, area.Width, 7.5, 5, maxLines: 2);
        var linkLeading = linkFit.Font.Size * 1.2;

        const double detailLeading = 10.5;
        const double codeLeading = 13.5;
        const double hintLeading = 8;
        var height = name.Lines.Count * nameLeading + 2 + 2 * detailLeading + codeLeading + 3
            + hintLeading + linkFit.Lines.Count * linkLeading;
        var y = area.Y + Math.Max(0, (area.Height - height) / 2);

        foreach (var line in name.Lines)
        {
            gfx.DrawString(line, name.Font, PrintStyle.InkBrush, new XRect(area.X, y, area.Width, nameLeading),
                XStringFormats.TopLeft);
            y += nameLeading;
        }

        y += 2;
        var number = row.ClassNumber.ToString(CultureInfo.InvariantCulture);
        y = LabelledValue(gfx, area, y, detailLeading, "Klas", row.ClassName, fonts.Detail, fonts.DetailBold,
            $"  ·  nr. {number}");
        y = LabelledValue(gfx, area, y, detailLeading, "Schoolcode", row.SchoolCode, fonts.Detail, fonts.SchoolCode);
        y = LabelledValue(gfx, area, y, codeLeading, "Oudercode", ParentCodeFormat.Display(row.ParentCode),
            fonts.Detail, fonts.ParentCode);
        y += 3;

        gfx.DrawString("Account maken en koppelen op", fonts.Hint, PrintStyle.MutedBrush,
            new XRect(area.X, y, area.Width, hintLeading), XStringFormats.TopLeft);
        y += hintLeading;
        foreach (var line in linkFit.Lines)
        {
            gfx.DrawString(line, linkFit.Font, PrintStyle.InkBrush, new XRect(area.X, y, area.Width, linkLeading),
                XStringFormats.TopLeft);
            y += linkLeading;
        }
    }

    private static double LabelledValue(
        XGraphics gfx, XRect area, double y, double leading, string label, string value,
        XFont labelFont, XFont valueFont, string? suffix = null)
    {
        var baseline = y + leading - 3;
        gfx.DrawString(label, labelFont, PrintStyle.MutedBrush, area.X, baseline, XStringFormats.BaseLineLeft);
        var valueX = area.X + 52;
        gfx.DrawString(value, valueFont, PrintStyle.InkBrush, valueX, baseline, XStringFormats.BaseLineLeft);
        if (suffix is not null)
        {
            var after = valueX + gfx.MeasureString(value, valueFont).Width;
            gfx.DrawString(suffix, labelFont, PrintStyle.InkBrush, after, baseline, XStringFormats.BaseLineLeft);
        }

        return y + leading;
    }
}
