namespace BingelOuder.Domain;

/// <summary>One exercise a pupil made, as delivered by the practice platform.</summary>
public class ExerciseResult
{
    public long Id { get; set; }

    public int SchoolId { get; set; }

    /// <summary>The result's id on the practice platform; the feed stores each one once.</summary>
    public required string ExternalId { get; set; }

    public int PupilId { get; set; }

    public Pupil? Pupil { get; set; }

    public int SubjectId { get; set; }

    public Subject? Subject { get; set; }

    /// <summary>The task this exercise belongs to; null for free practice.</summary>
    public int? PracticeTaskId { get; set; }

    public PracticeTask? PracticeTask { get; set; }

    public DateTime FinishedAtUtc { get; set; }

    public int Correct { get; set; }

    public int Total { get; set; }
}
