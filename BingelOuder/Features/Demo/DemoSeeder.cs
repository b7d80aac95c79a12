using BingelOuder.Data;
using BingelOuder.Domain;
using BingelOuder.Infrastructure.Options;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BingelOuder.Features.Demo;

/// <summary>Fills an empty database with a demo school, its staff and eight weeks of practice.</summary>
public sealed partial class DemoSeeder(
    AppDbContext db,
    UserManager<AppUser> userManager,
    RoleManager<IdentityRole> roleManager,
    DemoSchoolBuilder schoolBuilder,
    IOptions<DemoOptions> options,
    ILogger<DemoSeeder> logger)
{
    public const string SchoolCode = "DEMO01";
    public const string AdminEmail = "beheerder@demo.bingelouder.be";

    public static string TeacherEmail(string className) =>
        $"leerkracht.{className.ToLowerInvariant()}@demo.bingelouder.be";

    public async Task SeedIfEnabledAsync(CancellationToken cancellationToken)
    {
        await EnsureRolesAsync();
        if (!options.Value.Seed || await db.Schools.AnyAsync(cancellationToken))
        {
            return;
        }

        var demo = schoolBuilder.Build();
        db.Schools.Add(demo.School);
        await db.SaveChangesAsync(cancellationToken);

        foreach (var task in demo.Tasks)
        {
            task.SchoolId = demo.School.Id;
        }

        db.PracticeTasks.AddRange(demo.Tasks);
        await db.SaveChangesAsync(cancellationToken);

        await CreateStaffAsync(demo.School);
        db.ExerciseResults.AddRange(schoolBuilder.BuildPractice(demo));
        await db.SaveChangesAsync(cancellationToken);
        LogSeeded(logger, demo.School.Id);
    }

    private async Task EnsureRolesAsync()
    {
        foreach (var role in Roles.All)
        {
            if (!await roleManager.RoleExistsAsync(role))
            {
                await roleManager.CreateAsync(new IdentityRole(role));
            }
        }
    }

    private async Task CreateStaffAsync(School school)
    {
        var password = options.Value.Password!;
        var admin = NewStaff(AdminEmail, "Griet", "Van Damme", school.Id);
        await CreateAsync(admin, password, Roles.SchoolAdmin);

        // The demo's module is on, as if its admin had switched it on.
        school.ParentModuleChangedByUserId = admin.Id;
        await db.SaveChangesAsync();

        foreach (var (schoolClass, index) in school.Classes.Select((c, i) => (c, i)))
        {
            var teacher = NewStaff(TeacherEmail(schoolClass.Name), DemoNames.TeacherFirstNames[index],
                DemoNames.TeacherLastNames[index], school.Id);
            teacher.TeachingAssignments.Add(new TeacherAssignment
            {
                TeacherId = teacher.Id, SchoolClassId = schoolClass.Id,
            });
            await CreateAsync(teacher, password, Roles.Teacher);
        }
    }

    private static AppUser NewStaff(string email, string firstName, string lastName, int schoolId) => new()
    {
        UserName = email,
        Email = email,
        EmailConfirmed = true,
        FirstName = firstName,
        LastName = lastName,
        SchoolId = schoolId,
        CreatedAtUtc = DateTime.UtcNow,
    };

    private async Task CreateAsync(AppUser user, string password, string role)
    {
        var result = await userManager.CreateAsync(user, password);
        if (!result.Succeeded)
        {
            var errors = string.Join("; ", result.Errors.Select(e => e.Code));
            throw new InvalidOperationException($"Demo account could not be created: {errors}");
        }

        await userManager.AddToRoleAsync(user, role);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo school {SchoolId} seeded")]
    private static partial void LogSeeded(ILogger logger, int schoolId);
}
