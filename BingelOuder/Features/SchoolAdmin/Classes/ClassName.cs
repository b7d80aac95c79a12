namespace BingelOuder.Features.SchoolAdmin.Classes;

/// <summary>Class names as schools write them ("3a", " 3 A ") become one form: "3A".</summary>
public static class ClassName
{
    public const int MaxLength = 20;

    public static string Normalize(string? input) =>
        new string((input ?? "").Where(c => !char.IsWhiteSpace(c)).ToArray()).ToUpperInvariant();
}
