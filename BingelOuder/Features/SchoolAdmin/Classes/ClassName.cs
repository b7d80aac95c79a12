namespace BingelOuder.Features.SchoolAdmin.Classes;

/// <summary>
/// Class names as schools write them ("3a", " 3 A ", "3-A") become one form: "3A". Only letters and
/// digits remain, so a name is exactly what a parent can type on the linking form.
/// </summary>
public static class ClassName
{
    public const int MaxLength = 20;

    public static string Normalize(string? input) =>
        new string((input ?? "").Where(c => !char.IsWhiteSpace(c) && c != '-').ToArray()).ToUpperInvariant();

    public static bool IsValid(string normalized) => normalized.All(char.IsLetterOrDigit);
}
