using BingelOuder.Data;
using BingelOuder.Domain;
using Microsoft.EntityFrameworkCore;

namespace BingelOuder.Features.SchoolAdmin.Classes;

public sealed class ManageClasses(IDbContextFactory<AppDbContext> dbFactory)
{
    public async Task<IReadOnlyList<ClassRow>> ListAsync(AdminContext admin, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.SchoolClasses.Where(c => c.SchoolId == admin.SchoolId)
            .Select(c => new
            {
                c.Id,
                c.Name,
                Pupils = c.Pupils.Count,
                Teachers = c.Teachers.Select(t => t.Teacher!.FirstName + " " + t.Teacher.LastName).ToList(),
            })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new ClassRow(r.Id, r.Name, r.Pupils, r.Teachers))
            .OrderBy(r => r.Name, ClassNameComparer.Instance).ToList();
    }

    public async Task<AdminResult> AddAsync(AdminContext admin, string name, CancellationToken cancellationToken = default)
    {
        var normalized = ClassName.Normalize(name);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var invalid = await ValidateAsync(db, admin, normalized, exceptId: null, cancellationToken);
        if (invalid is not null)
        {
            return invalid;
        }

        db.SchoolClasses.Add(new SchoolClass { SchoolId = admin.SchoolId, Name = normalized });
        await db.SaveChangesAsync(cancellationToken);
        return AdminResult.Ok;
    }

    public async Task<AdminResult> RenameAsync(
        AdminContext admin, int classId, string name, CancellationToken cancellationToken = default)
    {
        var normalized = ClassName.Normalize(name);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var schoolClass = await db.SchoolClasses.SingleOrDefaultAsync(
            c => c.Id == classId && c.SchoolId == admin.SchoolId, cancellationToken);
        if (schoolClass is null)
        {
            return AdminResult.Fail("Deze klas bestaat niet (meer).");
        }

        var invalid = await ValidateAsync(db, admin, normalized, classId, cancellationToken);
        if (invalid is not null)
        {
            return invalid;
        }

        schoolClass.Name = normalized;
        await db.SaveChangesAsync(cancellationToken);
        return AdminResult.Ok;
    }

    public async Task<AdminResult> RemoveAsync(AdminContext admin, int classId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var schoolClass = await db.SchoolClasses.Include(c => c.Pupils).SingleOrDefaultAsync(
            c => c.Id == classId && c.SchoolId == admin.SchoolId, cancellationToken);
        if (schoolClass is null)
        {
            return AdminResult.Fail("Deze klas bestaat niet (meer).");
        }

        if (schoolClass.Pupils.Count > 0)
        {
            return AdminResult.Fail(
                $"Klas {schoolClass.Name} heeft nog {schoolClass.Pupils.Count} leerlingen. "
                + "Verplaats of verwijder hen eerst in de stap Leerlingen.");
        }

        db.SchoolClasses.Remove(schoolClass);
        await db.SaveChangesAsync(cancellationToken);
        return AdminResult.Ok;
    }

    private static async Task<AdminResult?> ValidateAsync(
        AppDbContext db, AdminContext admin, string name, int? exceptId, CancellationToken cancellationToken)
    {
        if (name.Length == 0)
        {
            return AdminResult.Fail("Vul een naam voor de klas in, bijvoorbeeld 3A.");
        }

        if (!ClassName.IsValid(name))
        {
            return AdminResult.Fail("Een klasnaam bestaat alleen uit letters en cijfers, bijvoorbeeld 3A of K2B.");
        }

        if (name.Length > ClassName.MaxLength)
        {
            return AdminResult.Fail($"De naam van een klas is ten hoogste {ClassName.MaxLength} tekens lang.");
        }

        var taken = await db.SchoolClasses.AnyAsync(
            c => c.SchoolId == admin.SchoolId && c.Name == name && c.Id != exceptId, cancellationToken);
        return taken ? AdminResult.Fail($"Er is al een klas {name}.") : null;
    }
}
