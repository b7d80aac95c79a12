namespace BingelOuder.Domain;

/// <summary>A security event kept for the school admin and for review; never holds secrets.</summary>
public class AuditEvent
{
    public long Id { get; set; }

    public DateTime OccurredAtUtc { get; set; }

    public required string Type { get; set; }

    public string? UserId { get; set; }

    public int? SchoolId { get; set; }

    public int? PupilId { get; set; }

    public string? ClientAddress { get; set; }

    public string? Details { get; set; }
}
