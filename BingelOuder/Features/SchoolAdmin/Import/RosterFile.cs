namespace BingelOuder.Features.SchoolAdmin.Import;

/// <summary>The rows read from a file, or the reason the file as a whole cannot be used.</summary>
public sealed record RosterFile(IReadOnlyList<RosterRow> Rows, string? Error)
{
    public static RosterFile Fail(string error) => new([], error);
}
