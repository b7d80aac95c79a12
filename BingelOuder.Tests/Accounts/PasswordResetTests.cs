using System.Net;
using BingelOuder.Domain;
using BingelOuder.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BingelOuder.Tests.Accounts;

public sealed class PasswordResetTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string NewPassword = "groene kikker in de vijver";

    [Fact]
    public async Task A_reset_link_sets_a_new_password_once()
    {
        await using var smtp = new SmtpSink();
        await using var app = new TestApp(settings: smtp.Settings());
        await app.CreateParentAsync("vergeten@example.be");
        var client = app.CreateSecureBrowserClient();

        var answer = await AccountSteps.RequestResetAsync(client, "vergeten@example.be");
        var mail = await smtp.WaitForAsync("vergeten@example.be");
        var link = AccountSteps.PathOf(AccountSteps.ResetLink(mail));
        var form = await AccountSteps.GetHtmlAsync(client, link);
        var reset = await ResetAsync(client, link, NewPassword);
        var again = await AccountSteps.GetHtmlAsync(client, link);

        Assert.Contains("ontvangt u binnen enkele minuten een", answer);
        Assert.Equal("Kies een nieuw wachtwoord voor BingelOuder", mail.Subject);
        Assert.Contains("Nieuw wachtwoord", form);
        Assert.Contains("Uw nieuwe wachtwoord is bewaard", reset);
        Assert.Contains("verlopen of al gebruikt", again);
        Assert.Equal(
            HttpStatusCode.OK,
            await AccountSteps.LoginStatusAsync(client, "vergeten@example.be", TestAccounts.ParentPassword));
        Assert.Equal(
            HttpStatusCode.Redirect,
            await AccountSteps.LoginStatusAsync(client, "vergeten@example.be", NewPassword));
        await using var db = app.CreateDbContext();
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Type == AuditEventTypes.PasswordReset, Ct));
    }

    [Fact]
    public async Task A_used_reset_link_cannot_be_posted_again()
    {
        await using var smtp = new SmtpSink();
        await using var app = new TestApp(settings: smtp.Settings());
        await app.CreateParentAsync("vergeten@example.be");
        var client = app.CreateSecureBrowserClient();
        await AccountSteps.RequestResetAsync(client, "vergeten@example.be");
        var link = AccountSteps.PathOf(AccountSteps.ResetLink(await smtp.WaitForAsync("vergeten@example.be")));
        var form = await client.GetAsync(link, Ct);
        var formHtml = await AccountSteps.TextOf(form);
        await ResetAsync(client, link, NewPassword);

        var second = await client.PostAsync(link, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "reset-password",
            ["__RequestVerificationToken"] = System.Text.RegularExpressions.Regex
                .Match(formHtml, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value,
            ["Input.NewPassword"] = "nog een ander wachtwoord",
            ["Input.ConfirmPassword"] = "nog een ander wachtwoord",
        }), Ct);

        Assert.Contains("verlopen of al gebruikt", await AccountSteps.TextOf(second));
        Assert.Equal(
            HttpStatusCode.Redirect,
            await AccountSteps.LoginStatusAsync(client, "vergeten@example.be", NewPassword));
    }

    [Fact]
    public async Task A_reset_link_expires_after_24_hours()
    {
        await using var smtp = new SmtpSink();
        await using var app = new TestApp(settings: smtp.Settings());
        await app.CreateParentAsync("vergeten@example.be");
        var client = app.CreateSecureBrowserClient();
        await AccountSteps.RequestResetAsync(client, "vergeten@example.be");
        var link = AccountSteps.PathOf(AccountSteps.ResetLink(await smtp.WaitForAsync("vergeten@example.be")));

        app.Clock.Advance(TimeSpan.FromHours(24) + TimeSpan.FromMinutes(1));
        var html = await AccountSteps.GetHtmlAsync(client, link);

        Assert.Contains("verlopen of al gebruikt", html);
        Assert.Contains("href=\"/account/wachtwoord-vergeten\"", html);
    }

    [Fact]
    public async Task Known_and_unknown_addresses_get_the_same_answer_and_only_the_known_one_a_mail()
    {
        await using var smtp = new SmtpSink();
        await using var app = new TestApp(settings: smtp.Settings());
        await app.CreateParentAsync("bekend@example.be");
        var client = app.CreateSecureBrowserClient();

        var known = await AccountSteps.RequestResetAsync(client, "bekend@example.be");
        var unknown = await AccountSteps.RequestResetAsync(client, "onbekend@example.be");

        Assert.Equal(
            AccountSteps.Comparable(known).Replace("bekend@example.be", "X"),
            AccountSteps.Comparable(unknown).Replace("onbekend@example.be", "X"));
        await smtp.WaitForAsync("bekend@example.be");
        await Task.Delay(500, Ct);
        Assert.DoesNotContain(smtp.Messages, m => m.To.Mailboxes.Any(a => a.Address == "onbekend@example.be"));
    }

    [Fact]
    public async Task A_weak_new_password_is_refused_and_the_link_keeps_working()
    {
        await using var smtp = new SmtpSink();
        await using var app = new TestApp(settings: smtp.Settings());
        await app.CreateParentAsync("vergeten@example.be");
        var client = app.CreateSecureBrowserClient();
        await AccountSteps.RequestResetAsync(client, "vergeten@example.be");
        var link = AccountSteps.PathOf(AccountSteps.ResetLink(await smtp.WaitForAsync("vergeten@example.be")));

        var weak = await ResetAsync(client, link, "qwertyuiop123");
        var different = await ResetAsync(client, link, NewPassword, "iets heel anders hier");
        var good = await ResetAsync(client, link, NewPassword);

        Assert.Contains("wordt te vaak gebruikt", weak);
        Assert.DoesNotContain("value=\"qwertyuiop123\"", weak);
        Assert.Contains("De twee wachtwoorden zijn niet gelijk.", different);
        Assert.Contains("Uw nieuwe wachtwoord is bewaard", good);
    }

    [Fact]
    public async Task A_reset_from_the_email_also_activates_an_unactivated_account()
    {
        await using var smtp = new SmtpSink();
        await using var app = new TestApp(settings: smtp.Settings());
        var client = app.CreateSecureBrowserClient();
        await AccountSteps.RegisterAsync(client, "nooitgeactiveerd@example.be");
        await smtp.WaitForAsync("nooitgeactiveerd@example.be");

        await AccountSteps.RequestResetAsync(client, "nooitgeactiveerd@example.be");
        var mail = await smtp.WaitForAsync(
            "nooitgeactiveerd@example.be", m => m.Subject?.Contains("nieuw wachtwoord") == true);
        await ResetAsync(client, AccountSteps.PathOf(AccountSteps.ResetLink(mail)), NewPassword);

        var login = await AccountSteps.LogInAsync(client, "nooitgeactiveerd@example.be", NewPassword);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
    }

    private static Task<string> ResetAsync(HttpClient client, string link, string password, string? confirm = null) =>
        client.SubmitFormForHtmlAsync(link, "reset-password", new Dictionary<string, string>
        {
            ["Input.NewPassword"] = password, ["Input.ConfirmPassword"] = confirm ?? password,
        });
}
