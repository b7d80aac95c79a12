using PdfSharp.Drawing;

namespace BingelOuder.Infrastructure.Pdf;

/// <summary>Breaks text into lines that fit a width, and shrinks text that must fit a box.</summary>
public static class TextFit
{
    /// <summary>Word wrap; a word wider than the line is broken between characters.</summary>
    public static List<string> Wrap(XGraphics gfx, string text, XFont font, double width)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (gfx.MeasureString(candidate, font).Width <= width)
            {
                line = candidate;
                continue;
            }

            if (line.Length > 0)
            {
                lines.Add(line);
            }

            line = word;
            while (line.Length > 1 && gfx.MeasureString(line, font).Width > width)
            {
                var cut = FittingPrefixLength(gfx, line, font, width);
                lines.Add(line[..cut]);
                line = line[cut..];
            }
        }

        if (line.Length > 0)
        {
            lines.Add(line);
        }

        return lines;
    }

    /// <summary>
    /// The largest size from <paramref name="maxSize"/> down to <paramref name="minSize"/> at which
    /// the text fits in at most <paramref name="maxLines"/> lines; at the smallest size, lines past the
    /// last are cut with an ellipsis.
    /// </summary>
    public static FittedText Fit(
        XGraphics gfx, string text, Func<double, XFont> fontOfSize, double width,
        double maxSize, double minSize, int maxLines)
    {
        for (var size = maxSize; size >= minSize; size -= 0.5)
        {
            var font = fontOfSize(size);
            if (gfx.MeasureString(text, font).Width <= width)
            {
                return new FittedText(font, [text]);
            }

            var wrapped = Wrap(gfx, text, font, width);
            if (wrapped.Count <= maxLines && !BreaksInsideWords(text, wrapped))
            {
                return new FittedText(font, wrapped);
            }
        }

        var smallest = fontOfSize(minSize);
        var lines = Wrap(gfx, text, smallest, width);
        if (lines.Count > maxLines)
        {
            lines = lines.Take(maxLines).ToList();
            lines[^1] = Ellipsize(gfx, lines[^1], smallest, width);
        }

        return new FittedText(smallest, lines);
    }

    private static bool BreaksInsideWords(string text, List<string> lines) =>
        string.Join(' ', lines) != string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private static string Ellipsize(XGraphics gfx, string line, XFont font, double width)
    {
        var shortened = line;
        while (shortened.Length > 1 && gfx.MeasureString(shortened + "…", font).Width > width)
        {
            shortened = shortened[..^1];
        }

        return shortened.TrimEnd() + "…";
    }

    private static int FittingPrefixLength(XGraphics gfx, string word, XFont font, double width)
    {
        var length = word.Length - 1;
        while (length > 1 && gfx.MeasureString(word[..length], font).Width > width)
        {
            length--;
        }

        return length;
    }
}
