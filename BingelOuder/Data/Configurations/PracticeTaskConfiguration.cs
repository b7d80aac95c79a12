using BingelOuder.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BingelOuder.Data.Configurations;

internal sealed class PracticeTaskConfiguration : IEntityTypeConfiguration<PracticeTask>
{
    public void Configure(EntityTypeBuilder<PracticeTask> builder)
    {
        builder.Property(t => t.ExternalId).HasMaxLength(100);
        builder.Property(t => t.Title).HasMaxLength(300);
        builder.HasIndex(t => new { t.SchoolId, t.ExternalId }).IsUnique();
        builder.HasIndex(t => new { t.SchoolClassId, t.GivenAtUtc });
        builder.HasOne<School>().WithMany()
            .HasForeignKey(t => t.SchoolId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(t => t.SchoolClass).WithMany()
            .HasForeignKey(t => t.SchoolClassId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(t => t.Subject).WithMany()
            .HasForeignKey(t => t.SubjectId).OnDelete(DeleteBehavior.Restrict);
    }
}
