using BingelOuder.Features.Linking;

namespace BingelOuder.Features.SchoolAdmin.Classes;

/// <summary>
/// Class names as schools write them ("3a", " 3 A ", "3-A") become one form: "3A". Only letters and
/// digits remain, so a name is exactly what a parent can type on the linking form.
/// </summary>
public static class ClassName
{
    public const int MaxLength = 20;

    // The linking form's own rule, so a class is always found the way a parent types it.
    public static string Normalize(string? input) => LinkChildInput.Squeeze(input);

    public static bool IsValid(string normalized) => normalized.All(char.IsLetterOrDigit);
}
