using BingelOuder.Features.Linking;
using BingelOuder.Infrastructure.Pdf;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace BingelOuder.Features.Printouts;

/// <summary>
/// The parent letter: one A4 page per pupil with the four linking data, the two steps and a QR code
/// that opens the linking form with everything but the parent code filled in.
/// </summary>
public sealed class BuildLetters(ParentAddresses addresses)
{
    private const double Margin = 56.7; // 20 mm
    private const double BodyLeading = 15;

    public byte[] Build(IReadOnlyList<PupilPrintRow> rows)
    {
        PdfFonts.EnsureRegistered();
        var fonts = new LetterFonts(PdfFonts.OptionsFor(rows.SelectMany(PrintedTexts.Of)));
        using var document = new PdfDocument();
        document.Info.Title = "Brieven voor de ouders";
        document.Info.Creator = "BingelOuder";
        document.Options.CompressContentStreams = true;

        foreach (var row in PrintOrder.Sort(rows))
        {
            var page = document.AddPage();
            page.Size = PageSize.A4;
            using var gfx = XGraphics.FromPdfPage(page);
            DrawLetter(gfx, page.Width.Point, page.Height.Point, row, fonts);
        }

        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }

    private void DrawLetter(XGraphics gfx, double pageWidth, double pageHeight, PupilPrintRow row, LetterFonts fonts)
    {
        var width = pageWidth - 2 * Margin;
        var y = 48.0;

        gfx.DrawString(row.SchoolName, fonts.School, PrintStyle.BlueBrush,
            new XRect(Margin, y, width * 0.7, 16), XStringFormats.TopLeft);
        gfx.DrawString("Brief voor de ouders", fonts.Small, PrintStyle.MutedBrush,
            new XRect(Margin, y + 3, width, 12), XStringFormats.TopRight);
        y += 22;
        gfx.DrawLine(new XPen(PrintStyle.Blue, 1.2), Margin, y, Margin + width, y);
        y += 22;

        y = Paragraph(gfx, $"Volg het oefenen van {row.FirstName}", fonts.Title, PrintStyle.InkBrush,
            Margin, y, width, 26);
        y = Paragraph(gfx, $"{row.FullName}  ·  klas {row.ClassName}  ·  klasnummer {row.ClassNumber}",
            fonts.Subtitle, PrintStyle.MutedBrush, Margin, y + 2, width, 16);
        y += 14;

        y = Paragraph(gfx, "Beste ouder,", fonts.Body, PrintStyle.InkBrush, Margin, y, width, BodyLeading);
        y = Paragraph(gfx,
            $"Op school oefent {row.FirstName} op het oefenplatform. Met BingelOuder ziet u thuis hoeveel taken "
            + $"en oefeningen {row.FirstName} maakte en hoe dat ging. U hebt daarvoor een eigen account nodig. "
            + "Dat regelt u in twee stappen.",
            fonts.Body, PrintStyle.InkBrush, Margin, y + 4, width, BodyLeading);
        y += 16;

        y = Step(gfx, 1, "Maak een account aan", Margin, y, width, fonts);
        var textLeft = Margin + 30;
        var textWidth = width - 30;
        y = Paragraph(gfx, "Ga naar", fonts.Body, PrintStyle.InkBrush, textLeft, y, textWidth, BodyLeading);
        y = Paragraph(gfx, addresses.Start, fonts.Link, PrintStyle.BlueBrush, textLeft, y + 1, textWidth, 18);
        y = Paragraph(gfx,
            "en kies \u201cMaak een account aan\u201d. Vul uw e-mailadres en een wachtwoord in. U krijgt dan een "
            + "e-mail met een link om uw account te activeren.",
            fonts.Body, PrintStyle.InkBrush, textLeft, y + 1, textWidth, BodyLeading);
        y += 16;

        y = Step(gfx, 2, $"Koppel {row.FirstName} aan uw account", Margin, y, width, fonts);
        y = Paragraph(gfx,
            "Meld u aan en kies \u201cKind koppelen\u201d. Vul daar deze vier gegevens in:",
            fonts.Body, PrintStyle.InkBrush, textLeft, y, textWidth, BodyLeading);
        y += 8;

        y = DataPanel(gfx, row, textLeft, y, textWidth, fonts);
        y += 14;

        y = Paragraph(gfx, "Goed om te weten", fonts.Heading, PrintStyle.InkBrush, Margin, y, width, 18);
        string[] notes =
        [
            "Hoofdletters, spaties en streepjes in de oudercode maken niet uit. De code bevat geen 0, 1, I, L "
            + "of O, zodat u geen tekens kunt verwarren.",
            "Wil nog iemand meekijken, zoals de andere ouder of een grootouder? Die maakt een eigen account "
            + $"aan en koppelt {row.FirstName} met dezelfde vier gegevens.",
            "Wie deze gegevens heeft, kan meekijken. Bewaar deze brief dus goed en geef de oudercode alleen "
            + "aan wie mag meekijken.",
            "Brief kwijt, of kent iemand de code die niet mag meekijken? Vraag de school om een nieuwe "
            + "oudercode. De oude code werkt dan niet meer; wie al gekoppeld is, blijft gekoppeld.",
        ];
        foreach (var note in notes)
        {
            gfx.DrawString("\u2022", fonts.Body, PrintStyle.InkBrush, new XRect(Margin + 2, y, 10, BodyLeading),
                XStringFormats.TopLeft);
            y = Paragraph(gfx, note, fonts.Body, PrintStyle.InkBrush, Margin + 14, y, width - 14, BodyLeading) + 4;
        }

        var footerY = pageHeight - 40;
        gfx.DrawLine(new XPen(PrintStyle.Muted, 0.5), Margin, footerY - 6, Margin + width, footerY - 6);
        gfx.DrawString($"{row.SchoolName}  ·  klas {row.ClassName}  ·  nr. {row.ClassNumber}  ·  {row.FullName}",
            fonts.Small, PrintStyle.MutedBrush, new XRect(Margin, footerY, width * 0.85, 12), XStringFormats.TopLeft);
        gfx.DrawString("BingelOuder", fonts.Small, PrintStyle.MutedBrush,
            new XRect(Margin, footerY, width, 12), XStringFormats.TopRight);
    }

    private static double Step(XGraphics gfx, int number, string title, double x, double y, double width, LetterFonts fonts)
    {
        gfx.DrawEllipse(PrintStyle.BlueBrush, x, y, 20, 20);
        gfx.DrawString(number.ToString(System.Globalization.CultureInfo.InvariantCulture), fonts.StepNumber,
            XBrushes.White, new XRect(x, y, 20, 20), XStringFormats.Center);
        return Paragraph(gfx, title, fonts.Heading, PrintStyle.InkBrush, x + 30, y + 2, width - 30, 18) + 4;
    }

    private double DataPanel(XGraphics gfx, PupilPrintRow row, double x, double y, double width, LetterFonts fonts)
    {
        const double padding = 14;
        const double qrSize = 118;
        const double height = 2 * padding + qrSize + 16;
        gfx.DrawRoundedRectangle(new XPen(PrintStyle.Blue, 1), PrintStyle.PanelBrush,
            new XRect(x, y, width, height), new XSize(10, 10));

        var labelX = x + padding;
        var valueX = labelX + 82;
        var rowY = y + padding + 2;
        (string Label, string Value, XFont Font, double Height)[] data =
        [
            ("Schoolcode", row.SchoolCode, fonts.Code, 28),
            ("Klas", row.ClassName, fonts.Value, 28),
            ("Klasnummer", row.ClassNumber.ToString(System.Globalization.CultureInfo.InvariantCulture),
                fonts.Value, 30),
            ("Oudercode", ParentCodeFormat.Display(row.ParentCode), fonts.ParentCode, 40),
        ];
        var valueWidth = width - padding - qrSize - 16 - (valueX - x);
        foreach (var (label, value, font, rowHeight) in data)
        {
            var baseline = rowY + rowHeight - 10;
            gfx.DrawString(label, fonts.Body, PrintStyle.MutedBrush, labelX, baseline, XStringFormats.BaseLineLeft);
            gfx.DrawString(Shorten(gfx, value, font, valueWidth), font, PrintStyle.InkBrush, valueX, baseline,
                XStringFormats.BaseLineLeft);
            rowY += rowHeight;
        }

        var qrX = x + width - padding - qrSize;
        gfx.DrawRectangle(XBrushes.White, qrX, y + padding, qrSize, qrSize);
        QrCodeDrawing.Draw(gfx, addresses.LinkForm(row), new XPoint(qrX, y + padding), qrSize);
        gfx.DrawString("Scan om te koppelen", fonts.Small, PrintStyle.MutedBrush,
            new XRect(qrX - 10, y + padding + qrSize + 3, qrSize + 20, 12), XStringFormats.TopCenter);

        var below = y + height + 8;
        return Paragraph(gfx,
            "Met de QR-code opent het formulier met de schoolcode, de klas en het klasnummer al ingevuld. "
            + "De oudercode typt u altijd zelf over.",
            fonts.Note, PrintStyle.MutedBrush, x, below, width, 13);
    }

    private static string Shorten(XGraphics gfx, string value, XFont font, double width)
    {
        if (gfx.MeasureString(value, font).Width <= width)
        {
            return value;
        }

        // Codes never come near this width; only an unusually long class name can.
        var shortened = value;
        while (shortened.Length > 1 && gfx.MeasureString(shortened + "…", font).Width > width)
        {
            shortened = shortened[..^1];
        }

        return shortened + "…";
    }

    private static double Paragraph(
        XGraphics gfx, string text, XFont font, XBrush brush, double x, double y, double width, double leading)
    {
        foreach (var line in TextFit.Wrap(gfx, text, font, width))
        {
            gfx.DrawString(line, font, brush, new XRect(x, y, width, leading), XStringFormats.TopLeft);
            y += leading;
        }

        return y;
    }
}
