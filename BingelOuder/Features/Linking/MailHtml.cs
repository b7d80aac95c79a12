using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace BingelOuder.Features.Linking;

/// <summary>Turns a plain-text mail into simple HTML: paragraphs, lists and clickable links, all encoded.</summary>
internal static partial class MailHtml
{
    public static string FromText(string text)
    {
        var html = new StringBuilder("<!DOCTYPE html><html lang=\"nl-BE\"><body style=\"font-family:sans-serif\">");
        foreach (var block in text.ReplaceLineEndings("\n").Split("\n\n"))
        {
            var lines = block.Split('\n');
            if (lines.All(l => l.StartsWith("- ", StringComparison.Ordinal)))
            {
                html.Append("<ul>");
                foreach (var line in lines)
                {
                    html.Append("<li>").Append(Encode(line[2..])).Append("</li>");
                }

                html.Append("</ul>");
            }
            else
            {
                html.Append("<p>");
                for (var i = 0; i < lines.Length; i++)
                {
                    // Lines wrapped for the text version flow on in HTML; a line ending in a comma
                    // or colon (a greeting, a label) keeps its break.
                    html.Append(i == 0 ? "" : KeepsBreak(lines[i - 1]) ? "<br>" : " ").Append(Encode(lines[i]));
                }

                html.Append("</p>");
            }
        }

        return html.Append("</body></html>").ToString();
    }

    private static bool KeepsBreak(string line) => line.TrimEnd() is var end && (end.EndsWith(',') || end.EndsWith(':'));

    private static string Encode(string line) =>
        UrlPattern().Replace(WebUtility.HtmlEncode(line), m => $"<a href=\"{m.Value}\">{m.Value}</a>");

    [GeneratedRegex(@"https?://[^\s<]+")]
    private static partial Regex UrlPattern();
}
