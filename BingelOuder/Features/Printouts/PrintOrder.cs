namespace BingelOuder.Features.Printouts;

public static class PrintOrder
{
    /// <summary>By class, then class number: the order in which a teacher hands the letters out.</summary>
    public static List<PupilPrintRow> Sort(IEnumerable<PupilPrintRow> rows) =>
        rows.OrderBy(r => r.ClassName, StringComparer.OrdinalIgnoreCase)
            .ThenBy(r => r.ClassNumber)
            .ThenBy(r => r.PupilId)
            .ToList();
}
