using BingelOuder.Features.Printouts;

namespace BingelOuder.Tests.Printouts;

/// <summary>Pupil rows for the builders, without a database.</summary>
public static class PrintRows
{
    public const string School = "Basisschool De Regenboog";
    public const string SchoolCode = "DEMO01";

    private static int _nextId = 1000;

    public static PupilPrintRow Pupil(
        string className, int classNumber, string firstName, string lastName,
        string code = "ABCDE23456", int linked = 0, string? username = null) =>
        new(Interlocked.Increment(ref _nextId), School, SchoolCode, className, classNumber, firstName, lastName,
            username ?? $"{firstName}.{lastName}".ToLowerInvariant().Replace(' ', '-'), code, linked);

    /// <summary>Distinct valid codes: a letter per pupil that differs only in the last characters.</summary>
    public static string Code(int n) =>
        "K7QMX" + new string([.. n.ToString("D5", System.Globalization.CultureInfo.InvariantCulture)
            .Select(d => "23456789AB"[d - '0'])]);
}
