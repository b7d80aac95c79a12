namespace BingelOuder.Features.SchoolAdmin.Import;

/// <summary>What one valid row will do: the pupil as it will be, and (for changes) how it was.</summary>
public sealed record RosterChange(
    int Line,
    RosterChangeKind Kind,
    int? PupilId,
    int ClassId,
    string ClassName,
    int ClassNumber,
    string FirstName,
    string LastName,
    string? Username,
    string? Before);
