namespace BingelOuder.Features.SchoolAdmin.Import;

/// <summary>One data row of a class list as typed in the file, before any validation.</summary>
public sealed record RosterRow(
    int Line, string ClassName, string ClassNumber, string FirstName, string LastName, string? Username);
