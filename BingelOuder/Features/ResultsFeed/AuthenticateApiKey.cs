using BingelOuder.Data;
using Microsoft.EntityFrameworkCore;

namespace BingelOuder.Features.ResultsFeed;

/// <summary>Finds the active key that was presented; a wrong, revoked or missing key gives null.</summary>
public sealed class AuthenticateApiKey(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock)
{
    private static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(1);

    public async Task<ApiKeyIdentity?> ExecuteAsync(string? presentedKey, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(presentedKey)
            || presentedKey.Length > ApiKeySecret.MaxLength
            || !presentedKey.StartsWith(ApiKeySecret.Marker, StringComparison.Ordinal))
        {
            return null;
        }

        var hash = ApiKeySecret.Hash(presentedKey);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var key = await db.ApiKeys.AsNoTracking()
            .Where(k => k.Hash == hash && k.RevokedAtUtc == null)
            .Select(k => new { k.Id, k.SchoolId, k.LastUsedAtUtc })
            .SingleOrDefaultAsync(cancellationToken);
        if (key is null)
        {
            return null;
        }

        // At most one write a minute per key, so a busy feed does not write on every batch.
        var now = clock.GetUtcNow().UtcDateTime;
        if (key.LastUsedAtUtc is null || now - key.LastUsedAtUtc > LastUsedResolution)
        {
            await db.ApiKeys.Where(k => k.Id == key.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(k => k.LastUsedAtUtc, now), cancellationToken);
        }

        return new ApiKeyIdentity(key.Id, key.SchoolId);
    }
}
