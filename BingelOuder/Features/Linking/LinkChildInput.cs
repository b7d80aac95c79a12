using BingelOuder.Domain;

namespace BingelOuder.Features.Linking;

/// <summary>
/// The linking form as typed. Only the shape of each field is checked here, with a message per
/// field; whether the four fields belong to one pupil is for <see cref="LinkChild"/> to say, in
/// one message for all.
/// </summary>
public sealed class LinkChildInput
{
    public const int MaxSchoolCodeLength = 20;
    public const int MaxClassNameLength = 20;
    public const int MaxClassNumber = 999;

    public string? ParentCode { get; set; }

    public string? SchoolCode { get; set; }

    public string? ClassName { get; set; }

    public string? ClassNumber { get; set; }

    public ParentRelation? Relation { get; set; }

    /// <summary>Upper case without spaces or dashes: "3 a" and "3-A" are class 3A.</summary>
    public static string Squeeze(string? value) =>
        new((value ?? "").Where(c => !char.IsWhiteSpace(c) && c != '-').Select(char.ToUpperInvariant).ToArray());

    public LinkInputCheck Check()
    {
        var errors = new Dictionary<string, string>();
        var code = CheckParentCode(errors);
        var school = CheckName(errors, nameof(SchoolCode), SchoolCode, MaxSchoolCodeLength, char.IsAsciiLetterOrDigit,
            "Vul de schoolcode in.", "De schoolcode bestaat uit letters en cijfers, zoals op de brief.");
        var className = CheckName(errors, nameof(ClassName), ClassName, MaxClassNameLength, char.IsLetterOrDigit,
            "Vul de klas in, bijvoorbeeld 3A.", "De klas bestaat uit letters en cijfers, bijvoorbeeld 3A.");
        var number = CheckClassNumber(errors);
        if (Relation is null)
        {
            errors[nameof(Relation)] = "Kies uw relatie tot het kind.";
        }

        return errors.Count > 0
            ? new LinkInputCheck(null, errors)
            : new LinkInputCheck(new LinkRequest(code!, school!, className!, number!.Value, Relation!.Value), errors);
    }

    private string? CheckParentCode(Dictionary<string, string> errors)
    {
        var squeezed = Squeeze(ParentCode);

        // Runes, not chars, so an emoji is named whole rather than as two broken halves.
        var foreign = squeezed.EnumerateRunes().Where(r => !r.IsBmp || !ParentCodeFormat.Alphabet.Contains((char)r.Value))
            .Select(r => r.ToString()).Distinct().ToList();
        if (squeezed.Length == 0)
        {
            errors[nameof(ParentCode)] = "Vul de oudercode in.";
        }
        else if (foreign.Count > 0)
        {
            errors[nameof(ParentCode)] = $"Deze tekens komen niet voor in een oudercode: {string.Join(" ", foreign)}. "
                + "Een oudercode bestaat uit de cijfers 2 tot 9 en letters, zonder 0, 1, I, L of O.";
        }
        else if (squeezed.Length != ParentCodeFormat.Length)
        {
            errors[nameof(ParentCode)] = $"Een oudercode heeft {ParentCodeFormat.Length} tekens "
                + $"(u typte er {squeezed.Length}), bijvoorbeeld K7QMX-4XTPA.";
        }

        return ParentCodeFormat.Normalize(ParentCode);
    }

    private static string? CheckName(
        Dictionary<string, string> errors, string field, string? value, int maxLength, Func<char, bool> allowed,
        string empty, string wrong)
    {
        var squeezed = Squeeze(value);
        if (squeezed.Length == 0)
        {
            errors[field] = empty;
            return null;
        }

        if (squeezed.Length > maxLength || !squeezed.All(allowed))
        {
            errors[field] = wrong;
            return null;
        }

        return squeezed;
    }

    private int? CheckClassNumber(Dictionary<string, string> errors)
    {
        var trimmed = (ClassNumber ?? "").Trim();
        if (trimmed.Length == 0)
        {
            errors[nameof(ClassNumber)] = "Vul het klasnummer in.";
            return null;
        }

        if (!trimmed.All(char.IsAsciiDigit) || trimmed.Length > 3)
        {
            errors[nameof(ClassNumber)] = "Het klasnummer is een getal, bijvoorbeeld 5.";
            return null;
        }

        var number = int.Parse(trimmed, System.Globalization.CultureInfo.InvariantCulture);
        if (number is < 1 or > MaxClassNumber)
        {
            errors[nameof(ClassNumber)] = "Het klasnummer is een getal vanaf 1.";
            return null;
        }

        return number;
    }
}
