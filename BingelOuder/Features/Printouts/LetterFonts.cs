using BingelOuder.Infrastructure.Pdf;
using PdfSharp.Drawing;

namespace BingelOuder.Features.Printouts;

/// <summary>The fonts of one letter run, made once and shared by all its pages.</summary>
internal sealed class LetterFonts(XPdfFontOptions options)
{
    public XFont School { get; } = new(PdfFonts.Sans, 13, XFontStyleEx.Bold, options);

    public XFont Small { get; } = new(PdfFonts.Sans, 8.5, XFontStyleEx.Regular, options);

    public XFont Title { get; } = new(PdfFonts.Sans, 20, XFontStyleEx.Bold, options);

    public XFont Subtitle { get; } = new(PdfFonts.Sans, 12, XFontStyleEx.Regular, options);

    public XFont Heading { get; } = new(PdfFonts.Sans, 12.5, XFontStyleEx.Bold, options);

    public XFont StepNumber { get; } = new(PdfFonts.Sans, 11, XFontStyleEx.Bold, options);

    public XFont Body { get; } = new(PdfFonts.Sans, 10.5, XFontStyleEx.Regular, options);

    public XFont Note { get; } = new(PdfFonts.Sans, 9.5, XFontStyleEx.Regular, options);

    public XFont Link { get; } = new(PdfFonts.Sans, 12, XFontStyleEx.Bold, options);

    public XFont Value { get; } = new(PdfFonts.Sans, 16, XFontStyleEx.Bold, options);

    public XFont Code { get; } = new(PdfFonts.Mono, 16, XFontStyleEx.Bold, PdfFonts.CodeOptions);

    public XFont ParentCode { get; } = new(PdfFonts.Mono, 25, XFontStyleEx.Bold, PdfFonts.CodeOptions);
}
