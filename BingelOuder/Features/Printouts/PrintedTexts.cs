namespace BingelOuder.Features.Printouts;

internal static class PrintedTexts
{
    /// <summary>The free texts of a row that end up on paper; they decide which font options a PDF needs.</summary>
    public static IEnumerable<string> Of(PupilPrintRow row) =>
        [row.SchoolName, row.ClassName, row.FirstName, row.LastName];
}
