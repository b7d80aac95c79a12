using System.Text;

namespace BingelOuder.Domain;

/// <summary>Login names for the practice platform: "firstname.lastname", ASCII, numbered when taken.</summary>
public static class PupilUsername
{
    public const int MaxLength = 100;

    public static string Stem(string firstName, string lastName) => $"{Ascii(firstName)}.{Ascii(lastName)}";

    public static string FirstFree(string stem, Func<string, bool> isTaken)
    {
        var candidate = stem;
        for (var n = 2; isTaken(candidate); n++)
        {
            candidate = $"{stem}{n}";
        }

        return candidate;
    }

    private static string Ascii(string name)
    {
        var decomposed = name.Normalize(NormalizationForm.FormD);
        return new string(decomposed.Where(char.IsAsciiLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
    }
}
