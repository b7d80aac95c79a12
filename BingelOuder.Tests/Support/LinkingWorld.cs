using BingelOuder.Domain;
using BingelOuder.Features.Linking;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace BingelOuder.Tests.Support;

/// <summary>A small school with known parent codes, and parents made without a password, for linking tests.</summary>
public static class LinkingWorld
{
    public sealed record TestPupil(int Id, string FirstName, string ClassName, int ClassNumber, string Code);

    public sealed record TestSchool(int Id, string SchoolCode, string Name, IReadOnlyList<TestPupil> Pupils)
    {
        public TestPupil Pupil(string className, int classNumber) =>
            Pupils.Single(p => p.ClassName == className && p.ClassNumber == classNumber);

        public LinkRequest RequestFor(TestPupil pupil, ParentRelation relation = ParentRelation.Parent) =>
            new(pupil.Code, SchoolCode, pupil.ClassName, pupil.ClassNumber, relation);
    }

    public static async Task<TestSchool> CreateSchoolAsync(
        this TestApp app, string schoolCode = "TEST01", bool moduleOn = true, int pupilsPerClass = 4,
        params string[] classNames)
    {
        var protector = app.Service<ParentCodeProtector>();
        await using var db = app.CreateDbContext();
        var school = new School
        {
            Name = $"Basisschool {schoolCode}",
            Address = "Kerkstraat 1, 9000 Gent",
            SchoolCode = schoolCode,
            ParentModuleEnabled = moduleOn,
        };
        var codes = new Dictionary<Pupil, string>();
        foreach (var className in classNames.Length == 0 ? ["3A"] : classNames)
        {
            var schoolClass = new SchoolClass { Name = className, School = school };
            school.Classes.Add(schoolClass);
            for (var number = 1; number <= pupilsPerClass; number++)
            {
                var code = ParentCodeGenerator.NewCode();
                var pupil = new Pupil
                {
                    School = school,
                    FirstName = $"Kind{className}{number}",
                    LastName = "Test",
                    ClassNumber = number,
                    Username = $"{schoolCode}.{className}.{number}".ToLowerInvariant(),
                    ParentCodeProtected = protector.Protect(code),
                    ParentCodeIssuedAtUtc = app.Service<TimeProvider>().GetUtcNow().UtcDateTime.AddDays(-1),
                };
                schoolClass.Pupils.Add(pupil);
                codes[pupil] = code;
            }
        }

        db.Schools.Add(school);
        await db.SaveChangesAsync();
        var pupils = codes.Select(c => new TestPupil(c.Key.Id, c.Key.FirstName, c.Key.SchoolClass!.Name,
            c.Key.ClassNumber, c.Value)).ToList();
        return new TestSchool(school.Id, schoolCode, school.Name, pupils);
    }

    /// <summary>Parents straight in the store without a password: fast enough for dozens.</summary>
    public static async Task<List<AppUser>> CreateParentsAsync(this TestApp app, int count, string prefix = "ouder")
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var parents = new List<AppUser>();
        for (var i = 0; i < count; i++)
        {
            var email = $"{prefix}{i}@example.test";
            var parent = new AppUser
            {
                UserName = email, Email = email, EmailConfirmed = true,
                FirstName = $"Voornaam{i}", LastName = $"Familienaam{i}", CreatedAtUtc = DateTime.UtcNow,
            };
            Assert.True((await users.CreateAsync(parent)).Succeeded);
            await users.AddToRoleAsync(parent, Roles.Parent);
            parents.Add(parent);
        }

        return parents;
    }

    public static async Task<AppUser> CreateSchoolAdminAsync(this TestApp app, int schoolId, string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var admin = new AppUser
        {
            UserName = email, Email = email, EmailConfirmed = true, FirstName = "Griet", LastName = "Beheer",
            SchoolId = schoolId, CreatedAtUtc = DateTime.UtcNow,
        };
        Assert.True((await users.CreateAsync(admin)).Succeeded);
        await users.AddToRoleAsync(admin, Roles.SchoolAdmin);
        return admin;
    }

    public static Task<LinkResult> LinkAsync(
        this TestApp app, AppUser parent, LinkRequest request, string clientAddress = "192.0.2.10") =>
        LinkAsync(app, parent.Id, request, clientAddress);

    public static async Task<LinkResult> LinkAsync(
        this TestApp app, string parentId, LinkRequest request, string clientAddress = "192.0.2.10")
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LinkChild>()
            .ExecuteAsync(parentId, request, clientAddress, TestContext.Current.CancellationToken);
    }

    /// <summary>A code of the right shape that is not this pupil's.</summary>
    public static string WrongCode(this TestPupil pupil)
    {
        string code;
        do
        {
            code = ParentCodeGenerator.NewCode();
        }
        while (code == pupil.Code);

        return code;
    }
}
