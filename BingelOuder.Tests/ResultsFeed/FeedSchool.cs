using BingelOuder.Domain;
using BingelOuder.Features.ResultsFeed;
using BingelOuder.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace BingelOuder.Tests.ResultsFeed;

/// <summary>A school with a class 4B of two pupils, its admin, and an API key made by that admin.</summary>
public sealed class FeedSchool
{
    public required int SchoolId { get; init; }

    public required int ClassId { get; init; }

    public required Pupil Jana { get; init; }

    public required Pupil Ruben { get; init; }

    public required AppUser Admin { get; init; }

    public required string Key { get; init; }

    public static async Task<FeedSchool> CreateAsync(TestApp app, string name = "Basisschool De Linde")
    {
        await using var db = app.CreateDbContext();
        var school = new SchoolBuilder(db, name);
        var class4B = await school.ClassAsync("4B");
        var jana = await school.PupilAsync(class4B, "Jana", "Maes");
        var ruben = await school.PupilAsync(class4B, "Ruben", "Willems");
        var admin = await CreateAdminAsync(app, school.School.Id);
        var created = await app.Service<CreateApiKey>().ExecuteAsync(admin.Id, "Leerplatform");
        return new FeedSchool
        {
            SchoolId = school.School.Id, ClassId = class4B.Id, Jana = jana, Ruben = ruben, Admin = admin,
            Key = created.Key!,
        };
    }

    public static async Task<AppUser> CreateAdminAsync(TestApp app, int schoolId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var email = $"beheer.{Guid.NewGuid():N}@example.be";
        var admin = new AppUser
        {
            UserName = email, Email = email, EmailConfirmed = true, FirstName = "An", LastName = "Beheer",
            SchoolId = schoolId, CreatedAtUtc = DateTime.UtcNow,
        };
        Assert.True((await users.CreateAsync(admin, TestAccounts.ParentPassword)).Succeeded);
        await users.AddToRoleAsync(admin, Roles.SchoolAdmin);
        return admin;
    }
}
