using BingelOuder.Data;
using BingelOuder.Domain;
using Microsoft.EntityFrameworkCore;

namespace BingelOuder.Features.Linking;

/// <summary>A parent undoes one of their own links; a link of someone else is "not found".</summary>
public sealed partial class UnlinkChild(
    IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock, ILogger<UnlinkChild> logger)
{
    public async Task<bool> ExecuteAsync(string parentId, int linkId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var link = await db.ParentLinks
            .Where(l => l.Id == linkId && l.ParentId == parentId)
            .Select(l => new { l.Id, l.PupilId, l.Pupil!.SchoolId })
            .FirstOrDefaultAsync(cancellationToken);
        if (link is null)
        {
            return false;
        }

        await db.ParentLinks.Where(l => l.Id == link.Id).ExecuteDeleteAsync(cancellationToken);
        db.AuditEvents.Add(new AuditEvent
        {
            Type = AuditEventTypes.ParentUnlinked,
            OccurredAtUtc = clock.GetUtcNow().UtcDateTime,
            UserId = parentId,
            SchoolId = link.SchoolId,
            PupilId = link.PupilId,
            Details = "by the parent",
        });
        await db.SaveChangesAsync(cancellationToken);
        LogUnlinked(logger, parentId, link.PupilId);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Parent {UserId} unlinked from pupil {PupilId}")]
    private static partial void LogUnlinked(ILogger logger, string userId, int pupilId);
}
