using BingelOuder.Data;
using BingelOuder.Domain;
using BingelOuder.Features.Demo;
using BingelOuder.Features.SchoolAdmin;
using BingelOuder.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BingelOuder.Tests.SchoolAdmin;

public static class AdminTestData
{
    public static async Task<AdminContext> DemoAdminAsync(this TestApp app)
    {
        await using var db = app.CreateDbContext();
        var admin = await db.Users.SingleAsync(u => u.Email == DemoSeeder.AdminEmail);
        return new AdminContext(admin.Id, admin.SchoolId!.Value);
    }

    /// <summary>A second school with one class and pupil, to prove one admin cannot touch another's school.</summary>
    public static async Task<(int SchoolId, int ClassId, int PupilId)> OtherSchoolAsync(this TestApp app)
    {
        await using var db = app.CreateDbContext();
        var school = new School { Name = "Andere school", SchoolCode = "ANDER1" };
        var schoolClass = new SchoolClass { Name = "1A", School = school };
        var pupil = new Pupil
        {
            School = school, SchoolClass = schoolClass, FirstName = "Ander", LastName = "Kind", ClassNumber = 1,
            Username = "ander.kind", ParentCodeProtected = "x",
        };
        db.AddRange(school, schoolClass, pupil);
        await db.SaveChangesAsync();
        return (school.Id, schoolClass.Id, pupil.Id);
    }

    public static async Task<List<Pupil>> PupilsOfAsync(this AppDbContext db, string className) =>
        await db.Pupils.Where(p => p.SchoolClass!.Name == className).OrderBy(p => p.ClassNumber).ToListAsync();
}
