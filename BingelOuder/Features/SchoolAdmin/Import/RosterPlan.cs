namespace BingelOuder.Features.SchoolAdmin.Import;

/// <summary>The preview of an import: what it would change, and every row that stops it.</summary>
public sealed record RosterPlan(IReadOnlyList<RosterChange> Changes, IReadOnlyList<RosterError> Errors, string? FileError)
{
    public bool CanApply => FileError is null && Errors.Count == 0 && Changes.Count > 0;

    public int Count(RosterChangeKind kind) => Changes.Count(c => c.Kind == kind);

    public static RosterPlan Fail(string fileError) => new([], [], fileError);
}
