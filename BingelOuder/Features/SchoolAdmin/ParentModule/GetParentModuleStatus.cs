using BingelOuder.Data;
using Microsoft.EntityFrameworkCore;

namespace BingelOuder.Features.SchoolAdmin.ParentModule;

public sealed class GetParentModuleStatus(IDbContextFactory<AppDbContext> dbFactory)
{
    public async Task<ParentModuleStatus> ExecuteAsync(AdminContext admin, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var school = await db.Schools.AsNoTracking()
            .Where(s => s.Id == admin.SchoolId)
            .Select(s => new { s.ParentModuleEnabled, s.ParentModuleChangedAtUtc, s.ParentModuleChangedByUserId })
            .SingleAsync(cancellationToken);
        var changedBy = school.ParentModuleChangedByUserId is null
            ? null
            : await db.Users.Where(u => u.Id == school.ParentModuleChangedByUserId)
                .Select(u => (u.FirstName + " " + u.LastName).Trim())
                .SingleOrDefaultAsync(cancellationToken);
        var pupils = await db.Pupils.CountAsync(p => p.SchoolId == admin.SchoolId, cancellationToken);
        var links = await db.ParentLinks.CountAsync(l => l.Pupil!.SchoolId == admin.SchoolId, cancellationToken);

        // An account deleted since keeps its switch recorded by id only.
        return new ParentModuleStatus(school.ParentModuleEnabled, school.ParentModuleChangedAtUtc,
            changedBy ?? (school.ParentModuleChangedByUserId is null ? null : "een verwijderd account"), links, pupils);
    }
}
