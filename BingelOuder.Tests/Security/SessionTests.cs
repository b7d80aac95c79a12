using System.Net;
using System.Security.Claims;
using BingelOuder.Features.Accounts.Sessions;
using Microsoft.AspNetCore.Authentication;
using BingelOuder.Tests.Accounts;
using BingelOuder.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BingelOuder.Tests.Security;

/// <summary>The login cookie names a session kept on the server: new at every login, gone at logout.</summary>
public sealed class SessionTests
{
    private const string Email = "sessie@example.be";
    private const string NewPassword = "zeven zeilboten op zee";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_login_sets_a_new_session_cookie_whatever_cookie_the_browser_brought()
    {
        await using var app = new TestApp();
        await app.CreateParentAsync(Email);
        var first = new CookieClient(app);
        var second = new CookieClient(app);

        // An attacker planted a cookie in the victim's browser before the login.
        first.Cookies[CookieClient.AuthCookie] = "door-een-aanvaller-gezet";
        using var login = await first.LogInAsync(Email, TestAccounts.ParentPassword);
        using var again = await second.LogInAsync(Email, TestAccounts.ParentPassword);

        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.NotNull(first.Auth);
        Assert.NotEqual("door-een-aanvaller-gezet", first.Auth);
        Assert.NotEqual(first.Auth, second.Auth);
        using var mine = await first.GetAsync("/ouder/account");
        using var theirs = await second.GetAsync("/ouder/account");
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (mine.StatusCode, theirs.StatusCode));
        await using var db = app.CreateDbContext();
        Assert.Equal(2, await db.LoginSessions.CountAsync(Ct));
    }

    [Fact]
    public async Task After_logout_a_copy_of_the_old_cookie_opens_nothing_and_other_sessions_stay()
    {
        await using var app = new TestApp();
        await app.CreateParentAsync(Email);
        var browser = new CookieClient(app);
        var phone = new CookieClient(app);
        await browser.LogInAsync(Email, TestAccounts.ParentPassword);
        await phone.LogInAsync(Email, TestAccounts.ParentPassword);
        var stolen = new CookieClient(app);
        stolen.Cookies[CookieClient.AuthCookie] = browser.Auth!;
        using (var before = await stolen.GetAsync("/ouder/account"))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        using var logout = await browser.LogOutAsync();

        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        Assert.Null(browser.Auth);
        using var after = await stolen.GetAsync("/ouder/account");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/account/aanmelden?ReturnUrl=", AccountSteps.LocationOf(after));
        using var stillIn = await phone.GetAsync("/ouder/account");
        Assert.Equal(HttpStatusCode.OK, stillIn.StatusCode);
    }

    [Fact]
    public async Task A_session_ends_after_eight_hours_without_use()
    {
        await using var app = new TestApp();
        await app.CreateParentAsync(Email);
        var client = new CookieClient(app);
        await client.LogInAsync(Email, TestAccounts.ParentPassword);

        app.Clock.Advance(TimeSpan.FromHours(8) + TimeSpan.FromMinutes(1));
        using var response = await client.GetAsync("/ouder/account");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/aanmelden?ReturnUrl=", AccountSteps.LocationOf(response));
    }

    [Fact]
    public async Task A_changed_password_ends_the_other_sessions_at_once_and_keeps_this_one()
    {
        await using var app = new TestApp();
        await app.CreateParentAsync(Email);
        var here = new CookieClient(app);
        var phone = new CookieClient(app);
        await here.LogInAsync(Email, TestAccounts.ParentPassword);
        await phone.LogInAsync(Email, TestAccounts.ParentPassword);

        var token = await here.TokenFromAsync("/ouder/account");
        using var change = await here.PostFormAsync("/ouder/account", new()
        {
            ["_handler"] = "change-password", ["__RequestVerificationToken"] = token,
            ["PasswordInput.CurrentPassword"] = TestAccounts.ParentPassword,
            ["PasswordInput.NewPassword"] = NewPassword, ["PasswordInput.ConfirmPassword"] = NewPassword,
        });

        Assert.Contains("Uw wachtwoord is gewijzigd", await change.Content.ReadAsStringAsync(Ct));
        using var stillHere = await here.GetAsync("/ouder/account");
        using var phoneAfter = await phone.GetAsync("/ouder/account");
        Assert.Equal(HttpStatusCode.OK, stillHere.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, phoneAfter.StatusCode);
        await using var db = app.CreateDbContext();
        Assert.Equal(1, await db.LoginSessions.CountAsync(Ct));
    }

    [Fact]
    public async Task A_password_reset_from_the_email_ends_every_session_at_once()
    {
        await using var smtp = new SmtpSink();
        await using var app = new TestApp(settings: smtp.Settings());
        await app.CreateParentAsync(Email);
        var phone = new CookieClient(app);
        await phone.LogInAsync(Email, TestAccounts.ParentPassword);
        var other = app.CreateSecureBrowserClient();

        await AccountSteps.RequestResetAsync(other, Email);
        var link = AccountSteps.PathOf(AccountSteps.ResetLink(await smtp.WaitForAsync(Email)));
        var reset = await other.SubmitFormForHtmlAsync(link, "reset-password", new Dictionary<string, string>
        {
            ["Input.NewPassword"] = NewPassword, ["Input.ConfirmPassword"] = NewPassword,
        });

        Assert.Contains("Uw nieuwe wachtwoord is bewaard", reset);
        using var phoneAfter = await phone.GetAsync("/ouder/account");
        Assert.Equal(HttpStatusCode.Redirect, phoneAfter.StatusCode);
        await using var db = app.CreateDbContext();
        Assert.False(await db.LoginSessions.AnyAsync(Ct));
    }

    [Fact]
    public async Task A_session_renewed_by_the_periodic_stamp_check_keeps_its_key_and_its_name()
    {
        await using var app = new TestApp();
        await app.CreateParentAsync(Email);
        var client = new CookieClient(app);
        await client.LogInAsync(Email, TestAccounts.ParentPassword);
        string key;
        await using (var db = app.CreateDbContext())
        {
            key = (await db.LoginSessions.SingleAsync(Ct)).Id;
        }

        app.Clock.Advance(TimeSpan.FromMinutes(2));
        using var renewed = await client.GetAsync("/ouder/account");
        using var after = await client.GetAsync("/ouder/account");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (renewed.StatusCode, after.StatusCode));
        await using var check = app.CreateDbContext();
        var session = await check.LoginSessions.SingleAsync(Ct);
        Assert.Equal(key, session.Id);
        var principal = TicketSerializer.Default.Deserialize(session.Ticket)!.Principal;

        // Open pages check this claim: without it they would be signed out after the renewal.
        Assert.Equal(key, principal.FindFirstValue(DatabaseTicketStore.SessionClaimType));
        Assert.True(await app.Service<IsSessionActive>().ExecuteAsync(principal, Ct));
    }

    [Fact]
    public async Task A_valid_cookie_planted_by_an_attacker_never_becomes_the_victims_session()
    {
        await using var app = new TestApp();
        await app.CreateParentAsync("aanvaller@example.be");
        await app.CreateParentAsync(Email);
        var attacker = new CookieClient(app);
        await attacker.LogInAsync("aanvaller@example.be", TestAccounts.ParentPassword);
        var victim = new CookieClient(app);
        victim.Cookies[CookieClient.AuthCookie] = attacker.Auth!;

        using var login = await victim.LogInAsync(Email, TestAccounts.ParentPassword);
        using var attackersView = await attacker.GetAsync("/ouder/account");
        using var victimsView = await victim.GetAsync("/ouder/account");

        Assert.NotEqual(attacker.Auth, victim.Auth);
        Assert.DoesNotContain(Email, await attackersView.Content.ReadAsStringAsync(Ct));
        Assert.Contains(Email, await victimsView.Content.ReadAsStringAsync(Ct));
    }
}
