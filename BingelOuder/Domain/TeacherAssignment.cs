namespace BingelOuder.Domain;

public class TeacherAssignment
{
    public required string TeacherId { get; set; }

    public AppUser? Teacher { get; set; }

    public int SchoolClassId { get; set; }

    public SchoolClass? SchoolClass { get; set; }
}
