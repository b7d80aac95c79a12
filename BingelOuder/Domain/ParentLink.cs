namespace BingelOuder.Domain;

public class ParentLink
{
    public int Id { get; set; }

    public required string ParentId { get; set; }

    public AppUser? Parent { get; set; }

    public int PupilId { get; set; }

    public Pupil? Pupil { get; set; }

    public ParentRelation Relation { get; set; }

    public DateTime LinkedAtUtc { get; set; }
}
