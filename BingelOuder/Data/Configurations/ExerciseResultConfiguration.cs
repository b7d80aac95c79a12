using BingelOuder.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BingelOuder.Data.Configurations;

internal sealed class ExerciseResultConfiguration : IEntityTypeConfiguration<ExerciseResult>
{
    public void Configure(EntityTypeBuilder<ExerciseResult> builder)
    {
        builder.Property(r => r.ExternalId).HasMaxLength(100);
        builder.HasIndex(r => new { r.SchoolId, r.ExternalId }).IsUnique();
        builder.HasIndex(r => new { r.PupilId, r.FinishedAtUtc });
        builder.HasOne<School>().WithMany()
            .HasForeignKey(r => r.SchoolId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(r => r.Pupil).WithMany()
            .HasForeignKey(r => r.PupilId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(r => r.Subject).WithMany()
            .HasForeignKey(r => r.SubjectId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.PracticeTask).WithMany()
            .HasForeignKey(r => r.PracticeTaskId).OnDelete(DeleteBehavior.SetNull);
    }
}
