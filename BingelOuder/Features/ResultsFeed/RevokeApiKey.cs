using BingelOuder.Data;
using BingelOuder.Domain;
using BingelOuder.Infrastructure.Audit;
using Microsoft.EntityFrameworkCore;

namespace BingelOuder.Features.ResultsFeed;

/// <summary>
/// Revokes a key of the school admin's own school; from then on the feed answers it with 401.
/// False when no such key exists in that school.
/// </summary>
public sealed partial class RevokeApiKey(
    IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock, AuditTrail audit, ILogger<RevokeApiKey> logger)
{
    public async Task<bool> ExecuteAsync(string adminUserId, int keyId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var schoolId = await AdminSchool.IdOfAsync(db, adminUserId, cancellationToken);
        var key = await db.ApiKeys.SingleOrDefaultAsync(k => k.Id == keyId && k.SchoolId == schoolId, cancellationToken);
        if (key is null)
        {
            return false;
        }

        if (key.RevokedAtUtc is not null)
        {
            return true;
        }

        key.RevokedAtUtc = clock.GetUtcNow().UtcDateTime;
        key.RevokedByUserId = adminUserId;
        await db.SaveChangesAsync(cancellationToken);

        await audit.RecordAsync(
            AuditEventTypes.ApiKeyRevoked, adminUserId, key.SchoolId,
            details: $"API key {key.Id} ({key.Prefix}…) \"{key.Name}\"", cancellationToken: cancellationToken);
        LogRevoked(logger, key.Id, key.SchoolId, adminUserId);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "API key {KeyId} of school {SchoolId} revoked by {UserId}")]
    private static partial void LogRevoked(ILogger logger, int keyId, int schoolId, string userId);
}
