using PdfSharp.Drawing;
using QRCoder;

namespace BingelOuder.Infrastructure.Pdf;

/// <summary>Draws a QR code as vector squares, sharp at any printer resolution.</summary>
public static class QrCodeDrawing
{
    /// <summary>Draws the code (with its quiet zone) as a square in the top-left of the area.</summary>
    public static void Draw(XGraphics gfx, string text, XPoint topLeft, double size)
    {
        using var data = QRCodeGenerator.GenerateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var matrix = data.ModuleMatrix;
        var module = size / matrix.Count;

        // One path for all squares: a renderer fills it at once, without seams between modules.
        var path = new XGraphicsPath { FillMode = XFillMode.Winding };
        for (var row = 0; row < matrix.Count; row++)
        {
            var bits = matrix[row];
            var column = 0;
            while (column < bits.Length)
            {
                if (!bits[column])
                {
                    column++;
                    continue;
                }

                var start = column;
                while (column < bits.Length && bits[column])
                {
                    column++;
                }

                path.AddRectangle(
                    topLeft.X + start * module, topLeft.Y + row * module, (column - start) * module, module);
            }
        }

        gfx.DrawPath(XBrushes.Black, path);
    }
}
