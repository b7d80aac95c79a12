using BingelOuder.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BingelOuder.Data.Configurations;

internal sealed class ParentLinkConfiguration : IEntityTypeConfiguration<ParentLink>
{
    public void Configure(EntityTypeBuilder<ParentLink> builder)
    {
        builder.HasIndex(l => new { l.ParentId, l.PupilId }).IsUnique();
        builder.HasIndex(l => l.PupilId);
        builder.HasOne(l => l.Parent).WithMany()
            .HasForeignKey(l => l.ParentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(l => l.Pupil).WithMany()
            .HasForeignKey(l => l.PupilId).OnDelete(DeleteBehavior.Cascade);
    }
}
