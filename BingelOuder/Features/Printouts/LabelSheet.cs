using PdfSharp.Drawing;

namespace BingelOuder.Features.Printouts;

/// <summary>
/// The standard A4 sheet of 3 x 8 labels of 70 x 37 mm: 210 mm wide, 296 mm high, so the labels start
/// 0.5 mm below the top edge.
/// </summary>
public static class LabelSheet
{
    public const int Columns = 3;
    public const int Rows = 8;
    public const int PerSheet = Columns * Rows;
    public const double LabelWidthMm = 70;
    public const double LabelHeightMm = 37;
    public const double TopMarginMm = 0.5;

    /// <summary>Space kept free inside each label, so text stays clear of the cuts and the printer's edge.</summary>
    public const double PaddingXMm = 6;
    public const double PaddingYMm = 4;

    /// <summary>The label at a position of the sheet (0 to 23, row by row), in points.</summary>
    public static XRect Label(int position)
    {
        var column = position % Columns;
        var row = position / Columns;
        return new XRect(
            XUnit.FromMillimeter(column * LabelWidthMm).Point,
            XUnit.FromMillimeter(TopMarginMm + row * LabelHeightMm).Point,
            XUnit.FromMillimeter(LabelWidthMm).Point,
            XUnit.FromMillimeter(LabelHeightMm).Point);
    }

    /// <summary>The part of a label that text may use.</summary>
    public static XRect Printable(XRect label)
    {
        var padX = XUnit.FromMillimeter(PaddingXMm).Point;
        var padY = XUnit.FromMillimeter(PaddingYMm).Point;
        return new XRect(label.X + padX, label.Y + padY, label.Width - 2 * padX, label.Height - 2 * padY);
    }
}
