namespace BingelOuder.Domain;

public class School
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public string? Address { get; set; }

    /// <summary>Short public code that parents type next to the parent code.</summary>
    public required string SchoolCode { get; set; }

    public bool ParentModuleEnabled { get; set; }

    public DateTime? ParentModuleChangedAtUtc { get; set; }

    public string? ParentModuleChangedByUserId { get; set; }

    public List<SchoolClass> Classes { get; set; } = [];
}
