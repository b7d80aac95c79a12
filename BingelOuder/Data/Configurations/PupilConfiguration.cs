using BingelOuder.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BingelOuder.Data.Configurations;

internal sealed class PupilConfiguration : IEntityTypeConfiguration<Pupil>
{
    public void Configure(EntityTypeBuilder<Pupil> builder)
    {
        builder.Property(p => p.FirstName).HasMaxLength(100);
        builder.Property(p => p.LastName).HasMaxLength(100);
        builder.Property(p => p.Username).HasMaxLength(100);
        builder.Property(p => p.ParentCodeProtected).HasMaxLength(1000);
        builder.Ignore(p => p.FullName);
        builder.HasIndex(p => p.Username).IsUnique();
        builder.HasIndex(p => new { p.SchoolClassId, p.ClassNumber }).IsUnique();
        builder.HasOne(p => p.School).WithMany()
            .HasForeignKey(p => p.SchoolId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.SchoolClass).WithMany(c => c.Pupils)
            .HasForeignKey(p => p.SchoolClassId).OnDelete(DeleteBehavior.Restrict);
    }
}
