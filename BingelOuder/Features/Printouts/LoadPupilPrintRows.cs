using BingelOuder.Data;
using BingelOuder.Features.Linking;
using Microsoft.EntityFrameworkCore;

namespace BingelOuder.Features.Printouts;

/// <summary>
/// Reads the pupils of the given classes with their parent codes revealed. Callers check with
/// <see cref="PrintableClasses"/> first that the user may print these classes.
/// </summary>
public sealed class LoadPupilPrintRows(IDbContextFactory<AppDbContext> dbFactory, ParentCodeProtector codes)
{
    public async Task<IReadOnlyList<PupilPrintRow>> ForClassesAsync(
        IReadOnlyCollection<int> classIds, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var stored = await db.Pupils
            .Where(p => classIds.Contains(p.SchoolClassId))
            .Select(p => new
            {
                p.Id,
                SchoolName = p.School!.Name,
                p.School.SchoolCode,
                ClassName = p.SchoolClass!.Name,
                p.ClassNumber,
                p.FirstName,
                p.LastName,
                p.Username,
                p.ParentCodeProtected,
                LinkedCount = db.ParentLinks.Count(l => l.PupilId == p.Id),
            })
            .AsNoTracking()
            .ToListAsync(cancellationToken);

        return PrintOrder.Sort(stored.Select(p => new PupilPrintRow(
            p.Id, p.SchoolName, p.SchoolCode, p.ClassName, p.ClassNumber, p.FirstName, p.LastName,
            p.Username, codes.Reveal(p.ParentCodeProtected), p.LinkedCount)));
    }
}
