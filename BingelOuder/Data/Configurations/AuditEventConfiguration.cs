using BingelOuder.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BingelOuder.Data.Configurations;

internal sealed class AuditEventConfiguration : IEntityTypeConfiguration<AuditEvent>
{
    public void Configure(EntityTypeBuilder<AuditEvent> builder)
    {
        builder.Property(e => e.Type).HasMaxLength(60);
        builder.Property(e => e.ClientAddress).HasMaxLength(64);
        builder.Property(e => e.Details).HasMaxLength(1000);
        builder.HasIndex(e => new { e.SchoolId, e.OccurredAtUtc });
        builder.HasIndex(e => new { e.Type, e.OccurredAtUtc });
    }
}
