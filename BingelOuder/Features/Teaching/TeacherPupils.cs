using BingelOuder.Data;
using BingelOuder.Domain;

namespace BingelOuder.Features.Teaching;

internal static class TeacherPupils
{
    /// <summary>The pupils of the classes assigned to the teacher, within the teacher's own school.</summary>
    public static IQueryable<Pupil> Of(AppDbContext db, string teacherId) =>
        db.Pupils.Where(p =>
            p.SchoolClass!.Teachers.Any(t => t.TeacherId == teacherId)
            && db.Users.Any(u => u.Id == teacherId && u.SchoolId == p.SchoolId));
}
