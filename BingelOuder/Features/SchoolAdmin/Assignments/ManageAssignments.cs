using BingelOuder.Data;
using BingelOuder.Domain;
using Microsoft.EntityFrameworkCore;

namespace BingelOuder.Features.SchoolAdmin.Assignments;

/// <summary>Which teacher teaches which class; both must belong to the admin's school.</summary>
public sealed class ManageAssignments(IDbContextFactory<AppDbContext> dbFactory)
{
    public async Task<AdminResult> SetAsync(
        AdminContext admin, string teacherId, int classId, bool teaches, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var teacherOk = await db.Users.AnyAsync(u => u.Id == teacherId && u.SchoolId == admin.SchoolId, cancellationToken);
        var classOk = await db.SchoolClasses.AnyAsync(c => c.Id == classId && c.SchoolId == admin.SchoolId, cancellationToken);
        if (!teacherOk || !classOk)
        {
            return AdminResult.Fail("Deze leerkracht of klas hoort niet bij uw school.");
        }

        var existing = await db.TeacherAssignments.FindAsync([teacherId, classId], cancellationToken);
        if (teaches && existing is null)
        {
            db.TeacherAssignments.Add(new TeacherAssignment { TeacherId = teacherId, SchoolClassId = classId });
        }
        else if (!teaches && existing is not null)
        {
            db.TeacherAssignments.Remove(existing);
        }

        await db.SaveChangesAsync(cancellationToken);
        return AdminResult.Ok;
    }
}
