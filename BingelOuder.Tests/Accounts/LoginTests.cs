using System.Net;
using BingelOuder.Domain;
using BingelOuder.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BingelOuder.Tests.Accounts;

public sealed class LoginTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_unactivated_account_cannot_log_in_and_is_told_how_to_get_a_new_email()
    {
        await using var smtp = new SmtpSink();
        await using var app = new TestApp(settings: smtp.Settings());
        var client = app.CreateSecureBrowserClient();
        await AccountSteps.RegisterAsync(client, "wacht@example.be");

        var response = await AccountSteps.LogInAsync(client, "wacht@example.be");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await AccountSteps.TextOf(response);
        Assert.Contains("nog niet geactiveerd", html);
        Assert.Contains("href=\"/account/activatie-opnieuw\"", html);
        var cookies = response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [];
        Assert.DoesNotContain(cookies, v => v.StartsWith("BingelOuder.Auth", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unactivated_account_with_a_wrong_password_gets_the_answer_of_an_unknown_address()
    {
        await using var smtp = new SmtpSink();
        await using var app = new TestApp(settings: smtp.Settings());
        var client = app.CreateSecureBrowserClient();
        await AccountSteps.RegisterAsync(client, "wacht@example.be");

        var unactivated = await LoginHtmlAsync(client, "wacht@example.be", "niet het goede wachtwoord");
        var unknown = await LoginHtmlAsync(client, "niemand@example.be", "niet het goede wachtwoord");

        Assert.DoesNotContain("nog niet geactiveerd", unactivated);
        Assert.Equal(
            AccountSteps.Comparable(unactivated).Replace("wacht@example.be", "X"),
            AccountSteps.Comparable(unknown).Replace("niemand@example.be", "X"));
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_for_the_right_password()
    {
        await using var app = new TestApp();
        await app.CreateParentAsync("slot@example.be");
        var client = app.CreateSecureBrowserClient();

        for (var i = 0; i < 5; i++)
        {
            await LoginHtmlAsync(client, "slot@example.be", "verkeerd wachtwoord " + i);
        }

        var withRightPassword = await AccountSteps.LogInAsync(client, "slot@example.be", TestAccounts.ParentPassword);

        Assert.Equal(HttpStatusCode.OK, withRightPassword.StatusCode);
        Assert.Contains("Aanmelden is niet gelukt",
            await AccountSteps.TextOf(withRightPassword));
        await using var db = app.CreateDbContext();
        var user = await db.Users.SingleAsync(u => u.NormalizedEmail == "SLOT@EXAMPLE.BE", Ct);
        Assert.NotNull(user.LockoutEnd);
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Type == AuditEventTypes.LockedOut && e.UserId == user.Id,
            Ct));
        Assert.Contains($"User {user.Id} is locked out", app.Logs.AllText);
    }

    [Fact]
    public async Task The_lockout_ends_after_15_minutes()
    {
        await using var app = new TestApp();
        await app.CreateParentAsync("slot@example.be");
        var client = app.CreateSecureBrowserClient();
        for (var i = 0; i < 5; i++)
        {
            await LoginHtmlAsync(client, "slot@example.be", "verkeerd wachtwoord " + i);
        }

        // Identity's lockout reads the system clock, so the test moves the lockout end instead.
        await using (var db = app.CreateDbContext())
        {
            await db.Users.Where(u => u.NormalizedEmail == "SLOT@EXAMPLE.BE").ExecuteUpdateAsync(
                u => u.SetProperty(x => x.LockoutEnd, DateTimeOffset.UtcNow.AddSeconds(-1)),
                Ct);
        }

        var response = await AccountSteps.LogInAsync(client, "slot@example.be", TestAccounts.ParentPassword);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task A_locked_account_and_an_unknown_address_get_the_same_answer()
    {
        await using var app = new TestApp();
        await app.CreateParentAsync("slot@example.be");
        var client = app.CreateSecureBrowserClient();
        string locked = "", unknown = "";

        for (var i = 0; i < 7; i++)
        {
            locked = await LoginHtmlAsync(client, "slot@example.be", "verkeerd wachtwoord " + i);
            unknown = await LoginHtmlAsync(client, "onbekend@example.be", "verkeerd wachtwoord " + i);
        }

        Assert.Equal(
            AccountSteps.Comparable(locked).Replace("slot@example.be", "X"),
            AccountSteps.Comparable(unknown).Replace("onbekend@example.be", "X"));
    }

    [Fact]
    public async Task An_unactivated_account_is_locked_by_wrong_passwords_too()
    {
        await using var smtp = new SmtpSink();
        await using var app = new TestApp(settings: smtp.Settings());
        var client = app.CreateSecureBrowserClient();
        await AccountSteps.RegisterAsync(client, "wacht@example.be");

        for (var i = 0; i < 5; i++)
        {
            await LoginHtmlAsync(client, "wacht@example.be", "verkeerd wachtwoord " + i);
        }

        var withRightPassword = await LoginHtmlAsync(client, "wacht@example.be", AccountSteps.Password);
        Assert.DoesNotContain("nog niet geactiveerd", withRightPassword);
        Assert.Contains("Aanmelden is niet gelukt", withRightPassword);
    }

    [Fact]
    public async Task The_login_cookie_is_http_only_secure_and_same_site_outside_development()
    {
        await using var app = new TestApp();
        await app.CreateParentAsync("koek@example.be");
        var client = app.CreateSecureBrowserClient();

        var response = await AccountSteps.LogInAsync(client, "koek@example.be", TestAccounts.ParentPassword);

        var cookie = response.Headers.GetValues("Set-Cookie")
            .Single(v => v.StartsWith("BingelOuder.Auth=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Failed_logins_are_audited_and_logged_without_the_address_or_password()
    {
        await using var app = new TestApp();
        await app.CreateParentAsync("geheim@example.be");
        var client = app.CreateSecureBrowserClient();

        await LoginHtmlAsync(client, "geheim@example.be", "fout wachtwoord hier");
        await LoginHtmlAsync(client, "nergens@example.be", "fout wachtwoord daar");

        await using var db = app.CreateDbContext();
        Assert.Equal(2, await db.AuditEvents.CountAsync(e => e.Type == AuditEventTypes.LoginFailed,
            Ct));
        var logs = app.Logs.AllText;
        Assert.Contains("Failed login for user", logs);
        Assert.DoesNotContain("geheim@example.be", logs, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("nergens@example.be", logs, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("fout wachtwoord", logs);
    }

    private static async Task<string> LoginHtmlAsync(HttpClient client, string email, string password)
    {
        var response = await AccountSteps.LogInAsync(client, email, password);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await AccountSteps.TextOf(response);
    }
}
