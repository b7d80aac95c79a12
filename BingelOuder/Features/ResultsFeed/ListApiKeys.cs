using BingelOuder.Data;
using Microsoft.EntityFrameworkCore;

namespace BingelOuder.Features.ResultsFeed;

/// <summary>The API keys of the school admin's own school, newest first.</summary>
public sealed class ListApiKeys(IDbContextFactory<AppDbContext> dbFactory)
{
    public async Task<IReadOnlyList<ApiKeySummary>> ExecuteAsync(
        string adminUserId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var schoolId = await AdminSchool.IdOfAsync(db, adminUserId, cancellationToken);
        if (schoolId is null)
        {
            return [];
        }

        return await db.ApiKeys.AsNoTracking()
            .Where(k => k.SchoolId == schoolId)
            .OrderByDescending(k => k.CreatedAtUtc).ThenByDescending(k => k.Id)
            .Select(k => new ApiKeySummary(k.Id, k.Name, k.Prefix, k.CreatedAtUtc, k.LastUsedAtUtc, k.RevokedAtUtc))
            .ToListAsync(cancellationToken);
    }
}
