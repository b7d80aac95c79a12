using System.Diagnostics;
using System.Net;
using BingelOuder.Domain;
using BingelOuder.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BingelOuder.Tests.Accounts;

public sealed class RegistrationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Registering_creates_an_unactivated_parent_and_mails_one_dutch_link_on_the_public_address()
    {
        await using var smtp = new SmtpSink();
        await using var app = new TestApp(settings: smtp.Settings());
        var client = app.CreateSecureBrowserClient();

        var html = await AccountSteps.RegisterAsync(client, "an.peeters@example.be");

        Assert.Contains("We hebben een e-mail gestuurd naar", html);
        var mail = await smtp.WaitForAsync("an.peeters@example.be");
        Assert.Equal("Activeer uw BingelOuder-account", mail.Subject);
        Assert.Contains("24 uur", mail.TextBody);
        Assert.Contains("Account activeren", mail.HtmlBody);
        var link = AccountSteps.ActivationLink(mail);
        Assert.Contains(link.Replace("&", "&amp;"), mail.HtmlBody);
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByEmailAsync("an.peeters@example.be");
        Assert.NotNull(user);
        Assert.False(user.EmailConfirmed);
        Assert.Equal([Roles.Parent], await users.GetRolesAsync(user));
        Assert.Contains(user.Id, link);
    }

    [Fact]
    public async Task A_new_and_an_existing_address_get_the_same_answer_and_the_owner_gets_a_notice()
    {
        await using var smtp = new SmtpSink();
        await using var app = new TestApp(settings: smtp.Settings());
        await app.CreateParentAsync("bestaand@example.be");
        var client = app.CreateSecureBrowserClient();

        var newResponse = await RegisterRawAsync(client, "nieuw@example.be");
        var existingResponse = await RegisterRawAsync(client, "bestaand@example.be");

        Assert.Equal(newResponse.Status, existingResponse.Status);
        Assert.Equal(
            AccountSteps.Comparable(newResponse.Html).Replace("nieuw@example.be", "X"),
            AccountSteps.Comparable(existingResponse.Html).Replace("bestaand@example.be", "X"));
        var notice = await smtp.WaitForAsync("bestaand@example.be");
        Assert.Equal("U hebt al een BingelOuder-account", notice.Subject);
        Assert.Contains(AccountSteps.PublicBase + "/account/wachtwoord-vergeten", notice.TextBody);
        Assert.DoesNotContain("/account/activeren", notice.TextBody);
        await using var db = app.CreateDbContext();
        Assert.Equal(1, await db.Users.CountAsync(u => u.NormalizedEmail == "BESTAAND@EXAMPLE.BE",
            Ct));
    }

    [Fact]
    public async Task A_new_and_an_existing_address_take_the_same_time_to_answer()
    {
        await using var smtp = new SmtpSink();
        await using var app = new TestApp(settings: smtp.Settings());
        await app.CreateParentAsync("bestaand@example.be");
        var client = app.CreateSecureBrowserClient();
        await RegisterRawAsync(client, "opwarmen@example.be");

        var forNew = new List<double>();
        var forExisting = new List<double>();
        for (var i = 0; i < 3; i++)
        {
            forNew.Add((await RegisterRawAsync(client, $"nieuw{i}@example.be")).Milliseconds);
            forExisting.Add((await RegisterRawAsync(client, "bestaand@example.be")).Milliseconds);
        }

        // Both answer after the fixed answer time, whatever the work behind them.
        var medianNew = forNew.Order().ElementAt(1);
        var medianExisting = forExisting.Order().ElementAt(1);
        Assert.InRange(medianNew, 1000, 2500);
        Assert.InRange(medianExisting, 1000, 2500);
        Assert.InRange(Math.Abs(medianNew - medianExisting), 0, 250);
    }

    [Fact]
    public async Task A_registration_again_for_an_unactivated_account_sends_a_new_activation_link()
    {
        await using var smtp = new SmtpSink();
        await using var app = new TestApp(settings: smtp.Settings());
        var client = app.CreateSecureBrowserClient();
        await AccountSteps.RegisterAsync(client, "traag@example.be");
        var first = await smtp.WaitForAsync("traag@example.be");

        await AccountSteps.RegisterAsync(client, "traag@example.be", "een heel ander wachtwoord");

        var second = await smtp.WaitForAsync("traag@example.be", m => m.MessageId != first.MessageId);
        var link = AccountSteps.ActivationLink(second);
        Assert.Contains("Account activeren", second.HtmlBody);
        var html = await AccountSteps.GetHtmlAsync(client, link);
        Assert.Contains("Uw account is geactiveerd", html);
        var login = await AccountSteps.LogInAsync(client, "traag@example.be", AccountSteps.Password);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
    }

    [Theory]
    [InlineData("geen-adres", AccountSteps.Password, AccountSteps.Password, "geen geldig e-mailadres")]
    [InlineData("ouder@voorbeeld", AccountSteps.Password, AccountSteps.Password, "geen geldig e-mailadres")]
    [InlineData("", AccountSteps.Password, AccountSteps.Password, "Vul uw e-mailadres in.")]
    [InlineData("ouder@example.be", AccountSteps.Password, "iets anders", "De twee wachtwoorden zijn niet gelijk.")]
    [InlineData("ouder@example.be", "te kort", "te kort", "Gebruik minstens 12 tekens.")]
    [InlineData("ouder@example.be", "password1234", "password1234", "wordt te vaak gebruikt")]
    [InlineData("ouder@example.be", "Azertyuiop123", "Azertyuiop123", "wordt te vaak gebruikt")]
    [InlineData("ouder@example.be", "ouder@example.be", "ouder@example.be", "niet uw e-mailadres")]
    public async Task Bad_input_is_answered_next_to_the_field_and_keeps_the_address_but_not_the_passwords(
        string email, string password, string confirm, string message)
    {
        await using var smtp = new SmtpSink();
        await using var app = new TestApp(settings: smtp.Settings());
        var client = app.CreateSecureBrowserClient();

        var html = await AccountSteps.RegisterAsync(client, email, password, confirm);

        Assert.Contains(System.Net.WebUtility.HtmlEncode(message), html);
        Assert.Contains("class=\"bo-field-error", html);
        Assert.Contains($"value=\"{email}\"", html);
        Assert.DoesNotContain($"value=\"{password}\"", html.Replace($"value=\"{email}\"", ""));
        Assert.DoesNotContain("We hebben een e-mail gestuurd", html);
        await using var db = app.CreateDbContext();
        Assert.False(await db.Users.AnyAsync(Ct));
        Assert.Empty(smtp.Messages);
    }

    [Fact]
    public async Task A_password_of_128_characters_is_accepted_and_one_of_129_refused()
    {
        await using var smtp = new SmtpSink();
        await using var app = new TestApp(settings: smtp.Settings());
        var client = app.CreateSecureBrowserClient();
        var words = string.Concat(Enumerable.Range(0, 20).Select(i => $"woord{i:D2} "));

        var tooLong = await AccountSteps.RegisterAsync(client, "lang@example.be", words[..129]);
        var longest = await AccountSteps.RegisterAsync(client, "lang@example.be", words[..128]);

        Assert.Contains("Gebruik hoogstens 128 tekens.", tooLong);
        Assert.Contains("We hebben een e-mail gestuurd", longest);
    }

    [Fact]
    public async Task With_the_mail_server_down_the_account_is_kept_and_the_page_offers_to_send_again()
    {
        var deadServer = new Dictionary<string, string?>
        {
            ["Email:Smtp:Host"] = "127.0.0.1", ["Email:Smtp:Port"] = "1", ["Email:Smtp:Security"] = "None",
        };
        await using var app = new TestApp(settings: deadServer);
        var client = app.CreateSecureBrowserClient();

        var html = await AccountSteps.RegisterAsync(client, "geduldig@example.be");

        Assert.Contains("kon niet verstuurd worden", html);
        Assert.Contains("href=\"/account/activatie-opnieuw\"", html);
        await using var db = app.CreateDbContext();
        Assert.True(await db.Users.AnyAsync(u => u.NormalizedEmail == "GEDULDIG@EXAMPLE.BE",
            Ct));
    }

    [Fact]
    public async Task Registration_is_audited_and_logged_without_address_password_or_link()
    {
        await using var smtp = new SmtpSink();
        await using var app = new TestApp(settings: smtp.Settings());
        var client = app.CreateSecureBrowserClient();

        await AccountSteps.RegisterAsync(client, "stil@example.be");
        await AccountSteps.RegisterAsync(client, "stil@example.be");

        var mail = await smtp.WaitForAsync("stil@example.be");
        var token = new Uri(AccountSteps.ActivationLink(mail)).Query.Split("code=")[1];
        await using var db = app.CreateDbContext();
        var events = await db.AuditEvents.Select(e => e.Type).ToListAsync(Ct);
        Assert.Contains(AuditEventTypes.ParentRegistered, events);
        Assert.Contains(AuditEventTypes.RegistrationForExistingAccount, events);
        Assert.Contains("Parent account", app.Logs.AllText);
        Assert.DoesNotContain("stil@example.be", app.Logs.AllText, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(AccountSteps.Password, app.Logs.AllText);
        Assert.DoesNotContain(token, app.Logs.AllText);
    }

    [Fact]
    public async Task A_registration_posted_without_the_antiforgery_token_is_refused()
    {
        await using var app = new TestApp();
        var client = app.CreateSecureBrowserClient();

        var response = await client.PostAsync("/account/registreren", new FormUrlEncodedContent(
            new Dictionary<string, string>
            {
                ["_handler"] = "register",
                ["Input.Email"] = "vals@example.be",
                ["Input.Password"] = AccountSteps.Password,
                ["Input.ConfirmPassword"] = AccountSteps.Password,
            }), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await using var db = app.CreateDbContext();
        Assert.False(await db.Users.AnyAsync(Ct));
    }

    private static async Task<(HttpStatusCode Status, string Html, double Milliseconds)> RegisterRawAsync(
        HttpClient client, string email)
    {
        var fields = new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = AccountSteps.Password,
            ["Input.ConfirmPassword"] = AccountSteps.Password,
        };
        var watch = Stopwatch.StartNew();
        var response = await client.SubmitFormAsync("/account/registreren", "register", fields);
        var html = await AccountSteps.TextOf(response);
        return (response.StatusCode, html, watch.Elapsed.TotalMilliseconds);
    }
}
