using BingelOuder.Infrastructure.Pdf;
using PdfSharp.Drawing;

namespace BingelOuder.Features.Printouts;

/// <summary>The fonts of one label run; name and link sizes shrink to fit, so those are made per size.</summary>
internal sealed class LabelFonts(XPdfFontOptions options)
{
    private readonly Dictionary<double, XFont> _names = [];
    private readonly Dictionary<double, XFont> _links = [];

    public XFont Detail { get; } = new(PdfFonts.Sans, 8, XFontStyleEx.Regular, options);

    public XFont DetailBold { get; } = new(PdfFonts.Sans, 8.5, XFontStyleEx.Bold, options);

    public XFont SchoolCode { get; } = new(PdfFonts.Mono, 9, XFontStyleEx.Bold, PdfFonts.CodeOptions);

    public XFont ParentCode { get; } = new(PdfFonts.Mono, 11.5, XFontStyleEx.Bold, PdfFonts.CodeOptions);

    public XFont Hint { get; } = new(PdfFonts.Sans, 6.5, XFontStyleEx.Regular, options);

    public XFont Name(double size) => Cached(_names, size, XFontStyleEx.Bold);

    public XFont Link(double size) => Cached(_links, size, XFontStyleEx.Regular);

    private XFont Cached(Dictionary<double, XFont> cache, double size, XFontStyleEx style)
    {
        if (!cache.TryGetValue(size, out var font))
        {
            font = new XFont(PdfFonts.Sans, size, style, options);
            cache[size] = font;
        }

        return font;
    }
}
