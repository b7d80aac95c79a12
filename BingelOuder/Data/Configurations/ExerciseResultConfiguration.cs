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
        // Covers the parent overview: a pupil's results in a period, summed per subject, are read
        // from this index alone, without visiting the table.
        builder.HasIndex(r => new { r.PupilId, r.FinishedAtUtc, r.SubjectId, r.Correct, r.Total });

        // Whether a pupil made a task, and the pupil's score on it, in one seek.
        builder.HasIndex(r => new { r.PracticeTaskId, r.PupilId });
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
