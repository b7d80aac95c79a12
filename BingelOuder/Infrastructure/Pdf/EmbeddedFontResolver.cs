using System.Collections.Concurrent;
using PdfSharp.Fonts;

namespace BingelOuder.Infrastructure.Pdf;

/// <summary>
/// Resolves the DejaVu faces embedded in this assembly (Infrastructure/Pdf/Fonts). Any other family
/// falls back to DejaVu Sans, so a PDF never fails for want of a font.
/// </summary>
internal sealed class EmbeddedFontResolver : IFontResolver
{
    private const string SansRegular = "DejaVuSans";
    private const string SansBold = "DejaVuSans-Bold";
    private const string MonoBold = "DejaVuSansMono-Bold";

    private readonly ConcurrentDictionary<string, byte[]> _faces = new(StringComparer.Ordinal);

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
    {
        // Italic is simulated by PDFsharp; the monospace face exists in bold only (for codes).
        if (string.Equals(familyName, PdfFonts.Mono, StringComparison.OrdinalIgnoreCase))
        {
            return new FontResolverInfo(MonoBold, mustSimulateBold: false, mustSimulateItalic: italic);
        }

        return new FontResolverInfo(bold ? SansBold : SansRegular, mustSimulateBold: false, mustSimulateItalic: italic);
    }

    public byte[]? GetFont(string faceName) => _faces.GetOrAdd(faceName, Load);

    private static byte[] Load(string faceName)
    {
        var name = $"BingelOuder.Infrastructure.Pdf.Fonts.{faceName}.ttf";
        using var stream = typeof(EmbeddedFontResolver).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The font {name} is not embedded in the assembly.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
