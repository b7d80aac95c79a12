namespace BingelOuder.Features.SchoolAdmin.Links;

/// <summary>One pupil of the school with everyone linked to them.</summary>
public sealed record PupilLinksRow(
    int PupilId, int ClassId, string ClassName, int ClassNumber, string FirstName, string LastName,
    DateTime ParentCodeIssuedAtUtc, IReadOnlyList<LinkedPersonRow> People);
