using BingelOuder.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BingelOuder.Data.Configurations;

internal sealed class SchoolClassConfiguration : IEntityTypeConfiguration<SchoolClass>
{
    public void Configure(EntityTypeBuilder<SchoolClass> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(20);
        builder.HasIndex(c => new { c.SchoolId, c.Name }).IsUnique();
        builder.HasOne(c => c.School).WithMany(s => s.Classes)
            .HasForeignKey(c => c.SchoolId).OnDelete(DeleteBehavior.Cascade);
    }
}
