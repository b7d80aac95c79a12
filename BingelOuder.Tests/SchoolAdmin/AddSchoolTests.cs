using BingelOuder.Domain;
using BingelOuder.Features.SchoolAdmin.Onboarding;
using BingelOuder.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace BingelOuder.Tests.SchoolAdmin;

public sealed class AddSchoolTests
{
    [Fact]
    public async Task A_new_school_starts_with_the_module_off_and_its_admin_gets_a_password_mail()
    {
        await using var smtp = new SmtpSink();
        await using var app = new TestApp(settings: smtp.Settings());

        var (school, error) = await app.Service<AddSchool>().ExecuteAsync(
            "VBS Sint-Jan", "directie@sintjan.example", "Karel", "Wauters", TestContext.Current.CancellationToken);

        Assert.Null(error);
        Assert.NotNull(school);
        Assert.False(school.ParentModuleEnabled);
        Assert.Equal(AddSchool.SchoolCodeLength, school.SchoolCode.Length);
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var admin = await users.FindByEmailAsync("directie@sintjan.example");
        Assert.NotNull(admin);
        Assert.Equal(school.Id, admin.SchoolId);
        Assert.True(await users.IsInRoleAsync(admin, Roles.SchoolAdmin));
        var mail = await smtp.WaitForAsync("directie@sintjan.example");
        Assert.Contains("/account/wachtwoord-herstellen?", mail.TextBody);
        Assert.Contains("schoolbeheerder van VBS Sint-Jan", mail.TextBody);
    }

    [Fact]
    public async Task An_invalid_admin_address_adds_no_school()
    {
        await using var app = new TestApp();

        var (school, error) = await app.Service<AddSchool>().ExecuteAsync(
            "VBS Sint-Jan", "directie@sintjan", "Karel", "Wauters", TestContext.Current.CancellationToken);

        Assert.Null(school);
        Assert.Equal("'directie@sintjan' is not a valid e-mail address; the admin's invitation goes there.", error);
        await using var db = app.CreateDbContext();
        Assert.Empty(db.Schools);
    }
}
