using System.Net;
using BingelOuder.Domain;
using BingelOuder.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BingelOuder.Tests.Accounts;

public sealed class ChangePasswordTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string NewPassword = "zeven zeilboten op zee";

    [Fact]
    public async Task Changing_the_password_keeps_this_session_and_signs_out_the_others()
    {
        await using var smtp = new SmtpSink();
        await using var app = new TestApp(settings: smtp.Settings());
        await app.CreateParentAsync("wissel@example.be");
        var here = app.CreateSecureBrowserClient();
        var elsewhere = app.CreateSecureBrowserClient();
        await AccountSteps.LogInAsync(here, "wissel@example.be", TestAccounts.ParentPassword);
        await AccountSteps.LogInAsync(elsewhere, "wissel@example.be", TestAccounts.ParentPassword);

        var html = await ChangeAsync(here, TestAccounts.ParentPassword, NewPassword);
        app.Clock.Advance(TimeSpan.FromMinutes(2));
        var hereAfter = await here.GetAsync("/ouder/account", Ct);
        var elsewhereAfter = await elsewhere.GetAsync("/ouder/account", Ct);

        Assert.Contains("Uw wachtwoord is gewijzigd", html);
        Assert.Equal(HttpStatusCode.OK, hereAfter.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, elsewhereAfter.StatusCode);
        Assert.StartsWith("/account/aanmelden", AccountSteps.LocationOf(elsewhereAfter));
        var notice = await smtp.WaitForAsync("wissel@example.be");
        Assert.Equal("Uw BingelOuder-wachtwoord is gewijzigd", notice.Subject);
        Assert.Equal(
            HttpStatusCode.Redirect,
            await AccountSteps.LoginStatusAsync(app.CreateSecureBrowserClient(), "wissel@example.be", NewPassword));
        await using var db = app.CreateDbContext();
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Type == AuditEventTypes.PasswordChanged, Ct));
        Assert.DoesNotContain(NewPassword, app.Logs.AllText);
    }

    [Fact]
    public async Task A_wrong_current_password_is_answered_next_to_that_field()
    {
        await using var app = new TestApp();
        await app.CreateParentAsync("wissel@example.be");
        var client = app.CreateSecureBrowserClient();
        await AccountSteps.LogInAsync(client, "wissel@example.be", TestAccounts.ParentPassword);

        var html = await ChangeAsync(client, "niet mijn wachtwoord", NewPassword);

        Assert.Contains("Dit is niet uw huidige wachtwoord.", html);
        Assert.DoesNotContain($"value=\"{NewPassword}\"", html);
        Assert.Equal(
            HttpStatusCode.OK,
            await AccountSteps.LoginStatusAsync(app.CreateSecureBrowserClient(), "wissel@example.be", NewPassword));
    }

    [Theory]
    [InlineData("kort", "kort", "Gebruik minstens 12 tekens.")]
    [InlineData("iloveyou1234", "iloveyou1234", "wordt te vaak gebruikt")]
    [InlineData(NewPassword, "een ander wachtwoord", "De twee wachtwoorden zijn niet gelijk.")]
    [InlineData(TestAccounts.ParentPassword, TestAccounts.ParentPassword, "Kies een ander wachtwoord dan uw huidige.")]
    public async Task A_bad_new_password_is_refused_with_a_dutch_message(
        string password, string confirm, string message)
    {
        await using var app = new TestApp();
        await app.CreateParentAsync("wissel@example.be");
        var client = app.CreateSecureBrowserClient();
        await AccountSteps.LogInAsync(client, "wissel@example.be", TestAccounts.ParentPassword);

        var html = await ChangeAsync(client, TestAccounts.ParentPassword, password, confirm);

        Assert.Contains(message, html);
        Assert.DoesNotContain("Uw wachtwoord is gewijzigd", html);
    }

    [Fact]
    public async Task The_account_page_is_for_parents_only()
    {
        await using var app = new TestApp();
        var anonymous = app.CreateSecureBrowserClient();

        var response = await anonymous.GetAsync("/ouder/account", Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/aanmelden", AccountSteps.LocationOf(response));
    }

    private static Task<string> ChangeAsync(
        HttpClient client, string current, string password, string? confirm = null) =>
        client.SubmitFormForHtmlAsync("/ouder/account", "change-password", new Dictionary<string, string>
        {
            ["PasswordInput.CurrentPassword"] = current,
            ["PasswordInput.NewPassword"] = password,
            ["PasswordInput.ConfirmPassword"] = confirm ?? password,
        });
}
