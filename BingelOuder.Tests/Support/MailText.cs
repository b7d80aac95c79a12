using System.Text.RegularExpressions;
using MimeKit;

namespace BingelOuder.Tests.Support;

public static partial class MailText
{
    /// <summary>The first link in the plain-text body that starts with the given address.</summary>
    public static string LinkStartingWith(MimeMessage message, string prefix)
    {
        var text = message.TextBody ?? "";
        var match = UrlPattern().Matches(text).FirstOrDefault(m => m.Value.StartsWith(prefix, StringComparison.Ordinal));
        return match?.Value ?? throw new InvalidOperationException($"No link starting with {prefix} in mail: {text}");
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex UrlPattern();
}
