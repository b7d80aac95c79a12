namespace BingelOuder.Features.Linking;

/// <summary>
/// A school code as it is compared: upper case, without spaces or dashes, and with the look-alikes
/// O and 0, and I, L and 1, taken as one, so "dem0o1" finds DEMO01. Generated school codes use none
/// of these characters, so no two schools share a key.
/// </summary>
public static class SchoolCodeKey
{
    public static string Of(string code) =>
        LinkChildInput.Squeeze(code).Replace('O', '0').Replace('I', '1').Replace('L', '1');
}
