using BingelOuder.Data;
using Microsoft.EntityFrameworkCore;

namespace BingelOuder.Features.Overview;

/// <summary>The children linked to a parent, for the overview's child switcher. Reads no results.</summary>
public sealed class ListLinkedChildren(IDbContextFactory<AppDbContext> dbFactory)
{
    public async Task<IReadOnlyList<ChildSummary>> ExecuteAsync(string parentId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.ParentLinks.AsNoTracking()
            .Where(l => l.ParentId == parentId)
            .OrderBy(l => l.Pupil!.FirstName).ThenBy(l => l.Pupil!.LastName).ThenBy(l => l.PupilId)
            .Select(l => new ChildSummary(
                l.PupilId, l.Pupil!.FirstName, l.Pupil.LastName, l.Pupil.SchoolClass!.Name,
                l.Pupil.School!.Name, l.Pupil.School.ParentModuleEnabled))
            .ToListAsync(cancellationToken);
    }
}
