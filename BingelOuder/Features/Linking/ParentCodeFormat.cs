namespace BingelOuder.Features.Linking;

/// <summary>The shape of a parent code: ten characters from an alphabet without look-alikes.</summary>
public static class ParentCodeFormat
{
    /// <summary>Digits 2-9 and A-Z without I, L and O: no 0/O or 1/I/L confusion.</summary>
    public const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    /// <summary>31^10 is about 2^49.5, well over the 40 bits the attempt limits assume.</summary>
    public const int Length = 10;

    public const int GroupSize = 5;

    /// <summary>Upper case without spaces or dashes; null when the input cannot be a code.</summary>
    public static string? Normalize(string? input)
    {
        if (input is null)
        {
            return null;
        }

        var chars = input.Where(c => !char.IsWhiteSpace(c) && c != '-')
            .Select(char.ToUpperInvariant)
            .ToArray();
        if (chars.Length != Length || chars.Any(c => !Alphabet.Contains(c)))
        {
            return null;
        }

        return new string(chars);
    }

    /// <summary>Groups a normalized code for printing, e.g. K7QMX-4XTPA.</summary>
    public static string Display(string normalized) =>
        normalized.Length == Length
            ? $"{normalized[..GroupSize]}-{normalized[GroupSize..]}"
            : normalized;
}
