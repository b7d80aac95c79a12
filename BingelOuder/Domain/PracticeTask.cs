namespace BingelOuder.Domain;

/// <summary>Work a teacher set for a class on the practice platform: a series of exercises.</summary>
public class PracticeTask
{
    public int Id { get; set; }

    public int SchoolId { get; set; }

    /// <summary>The task's id on the practice platform, unique within a school.</summary>
    public required string ExternalId { get; set; }

    public int SchoolClassId { get; set; }

    public SchoolClass? SchoolClass { get; set; }

    public int SubjectId { get; set; }

    public Subject? Subject { get; set; }

    public required string Title { get; set; }

    public DateTime GivenAtUtc { get; set; }
}
