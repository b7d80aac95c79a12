using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace BingelOuder.Infrastructure.Pdf;

/// <summary>
/// The fonts every PDF of the app uses. They ship inside the assembly, so a fresh machine of any
/// operating system renders the same letters without installed fonts.
/// </summary>
public static class PdfFonts
{
    public const string Sans = "DejaVu Sans";

    /// <summary>Monospace with distinct glyphs, for codes a parent types over.</summary>
    public const string Mono = "DejaVu Sans Mono";

    /// <summary>Latin Extended-A ends here; beyond it are letters such as Vietnamese ễ and ố.</summary>
    private const char LastSubsettableLetter = '\u017F';

    private static readonly Lock Gate = new();
    private static bool _registered;

    /// <summary>Sets PDFsharp's process-wide font resolver once; PDFsharp allows it to be set only once.</summary>
    public static void EnsureRegistered()
    {
        lock (Gate)
        {
            if (_registered)
            {
                return;
            }

            if (GlobalFontSettings.FontResolver is not EmbeddedFontResolver)
            {
                GlobalFontSettings.FontResolver = new EmbeddedFontResolver();
            }

            _registered = true;
        }
    }

    /// <summary>
    /// Font options for a document with these texts. PDFsharp's font subsets drop the parts of glyphs
    /// built from several accents (Vietnamese ễ prints as e), so a document with letters past Latin
    /// Extended-A embeds the whole font instead: about 0.7 MB per face, and only for such documents.
    /// </summary>
    public static XPdfFontOptions OptionsFor(IEnumerable<string> texts) =>
        texts.Any(t => t.Any(c => c > LastSubsettableLetter))
            ? new XPdfFontOptions(PdfFontEncoding.Unicode, PdfFontEmbedding.EmbedCompleteFontFile)
            : new XPdfFontOptions(PdfFontEncoding.Automatic, PdfFontEmbedding.TryComputeSubset);

    /// <summary>For codes, which hold plain letters and digits only: always a small subset.</summary>
    public static XPdfFontOptions CodeOptions { get; } =
        new(PdfFontEncoding.Automatic, PdfFontEmbedding.TryComputeSubset);
}
