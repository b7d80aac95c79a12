namespace BingelOuder.Domain;

/// <summary>
/// A failed attempt to link a child, kept to enforce the attempt limits and for the school admin.
/// Never holds the typed code.
/// </summary>
// Known gap: nothing prunes old rows yet; a periodic clean-up of rows older than a school year would do.
public class LinkAttempt
{
    public long Id { get; set; }

    public DateTime AttemptedAtUtc { get; set; }

    /// <summary>The account that tried; no foreign key, like the audit trail.</summary>
    public required string ParentId { get; set; }

    public required string ClientAddress { get; set; }

    /// <summary>The school whose code was typed, when it exists.</summary>
    public int? SchoolId { get; set; }

    /// <summary>The pupil that school, class and class number point to, when they do.</summary>
    public int? PupilId { get; set; }

    public LinkAttemptReason Reason { get; set; }
}
