using BingelOuder.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BingelOuder.Data.Configurations;

internal sealed class LinkAttemptConfiguration : IEntityTypeConfiguration<LinkAttempt>
{
    public void Configure(EntityTypeBuilder<LinkAttempt> builder)
    {
        builder.Property(a => a.ParentId).HasMaxLength(450);
        builder.Property(a => a.ClientAddress).HasMaxLength(64);
        builder.HasIndex(a => new { a.ParentId, a.AttemptedAtUtc });
        builder.HasIndex(a => new { a.ClientAddress, a.AttemptedAtUtc });
        builder.HasIndex(a => new { a.PupilId, a.AttemptedAtUtc });
        builder.HasIndex(a => new { a.SchoolId, a.AttemptedAtUtc });
        builder.HasOne<School>().WithMany()
            .HasForeignKey(a => a.SchoolId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Pupil>().WithMany()
            .HasForeignKey(a => a.PupilId).OnDelete(DeleteBehavior.SetNull);
    }
}
