using Microsoft.AspNetCore.Identity;

namespace BingelOuder.Domain;

/// <summary>An account: a parent (no school) or a staff member of one school.</summary>
public class AppUser : IdentityUser
{
    public string? FirstName { get; set; }

    public string? LastName { get; set; }

    /// <summary>The school of a teacher or school admin; null for parents.</summary>
    public int? SchoolId { get; set; }

    public School? School { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public List<TeacherAssignment> TeachingAssignments { get; set; } = [];
}
