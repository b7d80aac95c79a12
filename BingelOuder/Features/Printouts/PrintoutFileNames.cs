using System.Text;

namespace BingelOuder.Features.Printouts;

public static class PrintoutFileNames
{
    /// <summary>E.g. brieven-DEMO01-3A.pdf, etiketten-DEMO01-3A-4A.pdf, oudercodes-DEMO01-6-klassen.xlsx.</summary>
    public static string For(PrintoutKind kind, string schoolCode, IReadOnlyList<string> classNames)
    {
        var (prefix, extension) = kind switch
        {
            PrintoutKind.Letters => ("brieven", "pdf"),
            PrintoutKind.Labels => ("etiketten", "pdf"),
            _ => ("oudercodes", "xlsx"),
        };
        var classes = classNames.Count is > 0 and <= 3
            ? string.Join('-', classNames.Select(Safe))
            : $"{classNames.Count}-klassen";
        return $"{prefix}-{Safe(schoolCode)}-{classes}.{extension}";
    }

    private static string Safe(string part)
    {
        var builder = new StringBuilder(part.Length);
        foreach (var c in part.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (c is ' ' or '-' or '_')
            {
                builder.Append('-');
            }
        }

        return builder.Length == 0 ? "x" : builder.ToString();
    }
}
