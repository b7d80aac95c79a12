using BingelOuder.Data;
using BingelOuder.Features.SchoolAdmin.Classes;
using Microsoft.EntityFrameworkCore;

namespace BingelOuder.Features.SchoolAdmin.Links;

/// <summary>The pupils of the admin's school (or of one of its classes) with the people linked to each.</summary>
public sealed class ListSchoolLinks(IDbContextFactory<AppDbContext> dbFactory)
{
    public async Task<IReadOnlyList<PupilLinksRow>> ExecuteAsync(
        AdminContext admin, int? classId = null, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var pupils = db.Pupils.AsNoTracking().Where(p => p.SchoolId == admin.SchoolId);
        if (classId is not null)
        {
            pupils = pupils.Where(p => p.SchoolClassId == classId);
        }

        var rows = await pupils
            .Select(p => new
            {
                p.Id, p.SchoolClassId, ClassName = p.SchoolClass!.Name, p.ClassNumber, p.FirstName, p.LastName,
                p.ParentCodeIssuedAtUtc,
                People = db.ParentLinks.Where(l => l.PupilId == p.Id)
                    .OrderBy(l => l.LinkedAtUtc)
                    .Select(l => new LinkedPersonRow(l.Id, l.Parent!.FirstName ?? "", l.Parent.LastName ?? "",
                        l.Parent.Email ?? "", l.Relation, l.LinkedAtUtc))
                    .ToList(),
            })
            .ToListAsync(cancellationToken);

        return rows
            .Select(p => new PupilLinksRow(p.Id, p.SchoolClassId, p.ClassName, p.ClassNumber, p.FirstName,
                p.LastName, p.ParentCodeIssuedAtUtc, p.People))
            .OrderBy(p => p.ClassName, ClassNameComparer.Instance)
            .ThenBy(p => p.ClassNumber)
            .ToList();
    }
}
