namespace BingelOuder.Domain;

public class Pupil
{
    public int Id { get; set; }

    public int SchoolId { get; set; }

    public School? School { get; set; }

    public int SchoolClassId { get; set; }

    public SchoolClass? SchoolClass { get; set; }

    public required string FirstName { get; set; }

    public required string LastName { get; set; }

    public int ClassNumber { get; set; }

    /// <summary>Login name on the practice platform; the results feed refers to pupils by it.</summary>
    public required string Username { get; set; }

    /// <summary>The parent code, encrypted with Data Protection; never stored in plain text.</summary>
    public required string ParentCodeProtected { get; set; }

    public DateTime ParentCodeIssuedAtUtc { get; set; }

    public string FullName => $"{FirstName} {LastName}";
}
