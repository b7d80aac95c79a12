using PdfSharp.Drawing;

namespace BingelOuder.Features.Printouts;

/// <summary>Colours of the printouts: the app's blue, and greys dark enough for any printer.</summary>
internal static class PrintStyle
{
    public static readonly XColor Blue = XColor.FromArgb(0x1d, 0x4f, 0x91);
    public static readonly XColor Ink = XColor.FromArgb(0x1f, 0x29, 0x37);
    public static readonly XColor Muted = XColor.FromArgb(0x4b, 0x55, 0x63);
    public static readonly XColor Panel = XColor.FromArgb(0xe8, 0xf0, 0xfa);

    public static readonly XSolidBrush BlueBrush = new(Blue);
    public static readonly XSolidBrush InkBrush = new(Ink);
    public static readonly XSolidBrush MutedBrush = new(Muted);
    public static readonly XSolidBrush PanelBrush = new(Panel);
}
