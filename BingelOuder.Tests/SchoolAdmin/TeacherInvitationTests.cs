using BingelOuder.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using BingelOuder.Features.SchoolAdmin.Teachers;
using BingelOuder.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BingelOuder.Tests.SchoolAdmin;

public sealed class TeacherInvitationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_new_teacher_gets_an_email_over_smtp_with_a_link_to_choose_a_password_and_then_logs_in()
    {
        await using var smtp = new SmtpSink();
        await using var app = new TestApp(seed: true, settings: smtp.Settings());
        var admin = await app.DemoAdminAsync();

        var result = await app.Service<ManageTeachers>().AddAsync(admin, "nieuwe.juf@school.example", "Nele", "Goossens", Ct);

        Assert.True(result.Succeeded, result.Error);
        var mail = await smtp.WaitForAsync("nieuwe.juf@school.example");
        Assert.Contains("Kies uw wachtwoord", mail.HtmlBody);
        var link = MailText.LinkStartingWith(mail, "https://ouders.test.example/account/wachtwoord-herstellen?");
        var listed = Assert.Single(await app.Service<ManageTeachers>().ListAsync(admin, Ct), t => t.Email == "nieuwe.juf@school.example");
        Assert.False(listed.HasPassword);

        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri(link).Query);
        var reset = app.Service<BingelOuder.Features.Accounts.Passwords.ResetPassword>();
        var chosen = await reset.ExecuteAsync(query["gebruiker"], query["code"], "Kalender-Brug-Schrift-42", null);
        Assert.Equal(BingelOuder.Features.Accounts.Passwords.ResetPasswordOutcome.Succeeded, chosen.Outcome);
        var again = await reset.ExecuteAsync(query["gebruiker"], query["code"], "Nog-een-ander-wachtwoord-7", null);
        Assert.NotEqual(BingelOuder.Features.Accounts.Passwords.ResetPasswordOutcome.Succeeded, again.Outcome);
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var teacher = await users.FindByEmailAsync("nieuwe.juf@school.example");
        Assert.True(await users.CheckPasswordAsync(teacher!, "Kalender-Brug-Schrift-42"));
    }

    [Fact]
    public async Task A_teacher_is_added_even_when_the_mail_server_is_down_and_the_admin_is_told()
    {
        var down = new Dictionary<string, string?>
        {
            ["Email:Smtp:Host"] = "127.0.0.1", ["Email:Smtp:Port"] = "1", ["Email:Smtp:Security"] = "None",
        };
        await using var app = new TestApp(seed: true, settings: down);
        var admin = await app.DemoAdminAsync();

        var result = await app.Service<ManageTeachers>().AddAsync(admin, "juf.zonder.mail@school.example", "Ann", "Peeters", Ct);

        Assert.False(result.Succeeded);
        Assert.Contains("e-mail kon niet verstuurd worden", result.Error);
        await using var db = app.CreateDbContext();
        Assert.True(await db.Users.AnyAsync(u => u.Email == "juf.zonder.mail@school.example", Ct));
    }

    [Theory]
    [InlineData("geen-adres", "Nele", "Goossens", "geldig e-mailadres")]
    [InlineData("nele@school.example", "", "Goossens", "voornaam en de familienaam")]
    [InlineData("leerkracht.3a@demo.bingelouder.be", "An", "Claes", "bestaat al")]
    public async Task Bad_teacher_input_is_answered_in_dutch(string email, string first, string last, string expected)
    {
        await using var app = new TestApp(seed: true);
        var admin = await app.DemoAdminAsync();

        var result = await app.Service<ManageTeachers>().AddAsync(admin, email, first, last, Ct);

        Assert.Contains(expected, result.Error);
    }

    [Fact]
    public async Task Removing_a_teacher_deletes_the_account_and_the_assignments()
    {
        await using var app = new TestApp(seed: true);
        var admin = await app.DemoAdminAsync();
        var teachers = app.Service<ManageTeachers>();
        var teacher = (await teachers.ListAsync(admin, Ct)).First();

        var result = await teachers.RemoveAsync(admin, teacher.Id, Ct);

        Assert.True(result.Succeeded);
        await using var db = app.CreateDbContext();
        Assert.False(await db.Users.AnyAsync(u => u.Id == teacher.Id, Ct));
        Assert.False(await db.TeacherAssignments.AnyAsync(a => a.TeacherId == teacher.Id, Ct));
    }
}
