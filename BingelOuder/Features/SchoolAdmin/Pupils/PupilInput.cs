namespace BingelOuder.Features.SchoolAdmin.Pupils;

/// <summary>What the admin types for a pupil; the class number as text so "abc" can be answered.</summary>
public sealed class PupilInput
{
    public int ClassId { get; set; }

    public string ClassNumber { get; set; } = "";

    public string FirstName { get; set; } = "";

    public string LastName { get; set; } = "";
}
