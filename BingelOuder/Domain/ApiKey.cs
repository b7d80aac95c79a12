namespace BingelOuder.Domain;

/// <summary>
/// A key with which the practice platform delivers one school's results. Only a hash of the key
/// is stored; the key itself is shown once, when it is made.
/// </summary>
public class ApiKey
{
    public int Id { get; set; }

    public int SchoolId { get; set; }

    /// <summary>What the school admin calls the key, e.g. "Leerplatform".</summary>
    public required string Name { get; set; }

    /// <summary>The first characters of the key, so an admin can tell keys apart; not a secret.</summary>
    public required string Prefix { get; set; }

    /// <summary>SHA-256 of the whole key, in lower-case hex.</summary>
    public required string Hash { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public string? CreatedByUserId { get; set; }

    public DateTime? LastUsedAtUtc { get; set; }

    public DateTime? RevokedAtUtc { get; set; }

    public string? RevokedByUserId { get; set; }
}
