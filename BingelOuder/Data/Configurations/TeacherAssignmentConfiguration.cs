using BingelOuder.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BingelOuder.Data.Configurations;

internal sealed class TeacherAssignmentConfiguration : IEntityTypeConfiguration<TeacherAssignment>
{
    public void Configure(EntityTypeBuilder<TeacherAssignment> builder)
    {
        builder.HasKey(a => new { a.TeacherId, a.SchoolClassId });
        builder.HasOne(a => a.Teacher).WithMany(u => u.TeachingAssignments)
            .HasForeignKey(a => a.TeacherId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(a => a.SchoolClass).WithMany(c => c.Teachers)
            .HasForeignKey(a => a.SchoolClassId).OnDelete(DeleteBehavior.Cascade);
    }
}
