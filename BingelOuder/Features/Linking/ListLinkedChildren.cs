using BingelOuder.Data;
using Microsoft.EntityFrameworkCore;

namespace BingelOuder.Features.Linking;

public sealed class ListLinkedChildren(IDbContextFactory<AppDbContext> dbFactory)
{
    public async Task<IReadOnlyList<LinkedChild>> ForParentAsync(
        string parentId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var children = await db.ParentLinks
            .Where(l => l.ParentId == parentId)
            .Select(l => new LinkedChild(
                l.Id,
                l.Pupil!.FirstName,
                l.Pupil.LastName,
                l.Pupil.SchoolClass!.Name,
                l.Pupil.School!.Name,
                l.Pupil.School.ParentModuleEnabled,
                l.Relation,
                l.LinkedAtUtc))
            .ToListAsync(cancellationToken);
        return children.OrderBy(c => c.FirstName, StringComparer.CurrentCulture).ThenBy(c => c.LinkId).ToList();
    }
}
