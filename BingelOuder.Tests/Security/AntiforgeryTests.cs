using System.Net;
using BingelOuder.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BingelOuder.Tests.Security;

/// <summary>Every form that changes something refuses a post that does not carry its antiforgery token.</summary>
public sealed class AntiforgeryTests
{
    private const string Email = "formulier@example.be";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/account/aanmelden", "login", "Input.Email", Email)]
    [InlineData("/account/registreren", "register", "Input.Email", "nieuw@example.be")]
    [InlineData("/account/wachtwoord-vergeten", "forgot-password", "Input.Email", Email)]
    [InlineData("/account/activatie-opnieuw", "resend-activation", "Input.Email", Email)]
    public async Task An_anonymous_form_posted_without_the_token_is_refused(
        string path, string form, string field, string value)
    {
        await using var app = new TestApp();
        await app.CreateParentAsync(Email);
        var client = new CookieClient(app);

        using var response = await client.PostFormAsync(path, new()
        {
            ["_handler"] = form, [field] = value, ["Input.Password"] = TestAccounts.ParentPassword,
            ["Input.ConfirmPassword"] = TestAccounts.ParentPassword,
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(client.Auth);
        await using var db = app.CreateDbContext();
        Assert.Equal(1, await db.Users.CountAsync(Ct));
        Assert.False(await db.AuditEvents.AnyAsync(Ct));
    }

    [Fact]
    public async Task A_logged_in_parents_forms_posted_without_the_token_change_nothing()
    {
        await using var app = new TestApp();
        var parent = await app.CreateParentAsync(Email, "Voor", "Naam");
        var client = new CookieClient(app);
        await client.LogInAsync(Email, TestAccounts.ParentPassword);

        using var names = await client.PostFormAsync("/ouder/naam", new()
        {
            ["_handler"] = "names", ["Input.FirstName"] = "Anders", ["Input.LastName"] = "Iemand",
        });
        using var password = await client.PostFormAsync("/ouder/account", new()
        {
            ["_handler"] = "change-password", ["PasswordInput.CurrentPassword"] = TestAccounts.ParentPassword,
            ["PasswordInput.NewPassword"] = "een heel ander wachtwoord", ["PasswordInput.ConfirmPassword"] = "een heel ander wachtwoord",
        });
        using var delete = await client.PostFormAsync("/ouder/account", new()
        {
            ["_handler"] = "delete-account", ["DeleteInput.Password"] = TestAccounts.ParentPassword,
        });
        using var logout = await client.PostFormAsync("/account/afmelden", new());

        Assert.Equal(
            [HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest],
            new[] { names.StatusCode, password.StatusCode, delete.StatusCode, logout.StatusCode });
        await using var db = app.CreateDbContext();
        var stored = await db.Users.SingleAsync(u => u.Id == parent.Id, Ct);
        Assert.Equal(("Voor", "Naam", parent.PasswordHash), (stored.FirstName, stored.LastName, stored.PasswordHash));
        using var stillIn = await client.GetAsync("/ouder/account");
        Assert.Equal(HttpStatusCode.OK, stillIn.StatusCode);
    }
}
