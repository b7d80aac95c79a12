namespace BingelOuder.Features.SchoolAdmin.Classes;

/// <summary>Orders classes as people expect: 2A before 10A, then by the letters.</summary>
public sealed class ClassNameComparer : IComparer<string>
{
    public static readonly ClassNameComparer Instance = new();

    public int Compare(string? x, string? y)
    {
        var (xNumber, xRest) = Split(x ?? "");
        var (yNumber, yRest) = Split(y ?? "");
        var byNumber = xNumber.CompareTo(yNumber);
        return byNumber != 0 ? byNumber : string.CompareOrdinal(xRest, yRest);
    }

    private static (int Number, string Letters) Split(string name)
    {
        var digits = new string(name.TakeWhile(char.IsAsciiDigit).ToArray());
        var number = digits.Length is > 0 and < 9 ? int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture) : int.MaxValue;
        return (number, name[digits.Length..]);
    }
}
