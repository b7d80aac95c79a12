namespace BingelOuder.Features.Accounts.Passwords;

/// <summary>
/// The list of the most common passwords shipped with the app (common-passwords.txt), and the
/// rules that catch the usual ways of stretching one of them to the minimum length.
/// </summary>
public static class CommonPasswords
{
    private const string ResourceName = "BingelOuder.Features.Accounts.Passwords.common-passwords.txt";

    private static readonly Lazy<HashSet<string>> List = new(Load);

    // Rows of the QWERTY and the Belgian AZERTY keyboard, read left to right, row after row.
    private static readonly string[] KeyboardRuns =
        ["1234567890", "qwertyuiopasdfghjklzxcvbnm", "azertyuiopqsdfghjklmwxcvbn", "&é\"'(§è!çà"];

    public static int Count => List.Value.Count;

    /// <summary>
    /// True for a listed password, a listed one with only digits or symbols around it
    /// ("welkom2026!"), one block repeated ("dragondragon"), a straight run ("abcdefghijkl") or a
    /// run along a keyboard ("azertyuiopqsdf"). Case does not matter.
    /// </summary>
    public static bool IsCommon(string password)
    {
        var lower = password.Trim().ToLowerInvariant();
        if (lower.Length == 0)
        {
            return false;
        }

        var list = List.Value;
        var core = lower.Trim(NonLetters(lower));
        return list.Contains(lower)
            || (core.Length >= 4 && list.Contains(core))
            || IsRepeatedBlock(lower)
            || IsStraightRun(lower)
            || IsKeyboardRun(lower);
    }

    private static char[] NonLetters(string value) => value.Where(c => !char.IsLetter(c)).Distinct().ToArray();

    private static bool IsRepeatedBlock(string value)
    {
        for (var size = 1; size <= value.Length / 2; size++)
        {
            if (value.Length % size != 0)
            {
                continue;
            }

            var block = value.AsSpan(0, size);
            var repeated = true;
            for (var start = size; start < value.Length && repeated; start += size)
            {
                repeated = value.AsSpan(start, size).SequenceEqual(block);
            }

            if (repeated)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsStraightRun(string value)
    {
        var step = value.Length > 1 ? value[1] - value[0] : 0;
        if (step is not (1 or -1))
        {
            return false;
        }

        for (var i = 2; i < value.Length; i++)
        {
            if (value[i] - value[i - 1] != step)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsKeyboardRun(string value)
    {
        if (value.Length < 6)
        {
            return false;
        }

        var reversed = new string(value.Reverse().ToArray());
        return KeyboardRuns.Any(run => run.Contains(value, StringComparison.Ordinal)
            || run.Contains(reversed, StringComparison.Ordinal));
    }

    private static HashSet<string> Load()
    {
        using var stream = typeof(CommonPasswords).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                set.Add(line);
            }
        }

        return set;
    }
}
