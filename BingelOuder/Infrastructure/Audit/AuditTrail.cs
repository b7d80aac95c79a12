using BingelOuder.Data;
using BingelOuder.Domain;
using Microsoft.EntityFrameworkCore;

namespace BingelOuder.Infrastructure.Audit;

/// <summary>Writes security events to the audit table, the trail a school admin can read.</summary>
public sealed class AuditTrail(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock)
{
    public async Task RecordAsync(
        string type,
        string? userId = null,
        int? schoolId = null,
        int? pupilId = null,
        string? clientAddress = null,
        string? details = null,
        CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        db.AuditEvents.Add(new AuditEvent
        {
            Type = type,
            OccurredAtUtc = clock.GetUtcNow().UtcDateTime,
            UserId = userId,
            SchoolId = schoolId,
            PupilId = pupilId,
            ClientAddress = clientAddress,
            Details = details,
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
