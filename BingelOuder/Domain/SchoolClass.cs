namespace BingelOuder.Domain;

public class SchoolClass
{
    public int Id { get; set; }

    public int SchoolId { get; set; }

    public School? School { get; set; }

    /// <summary>Display name such as "3A", stored in upper case.</summary>
    public required string Name { get; set; }

    public List<Pupil> Pupils { get; set; } = [];

    public List<TeacherAssignment> Teachers { get; set; } = [];
}
