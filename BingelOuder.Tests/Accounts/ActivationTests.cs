using System.Net;
using BingelOuder.Domain;
using BingelOuder.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BingelOuder.Tests.Accounts;

public sealed class ActivationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_activation_link_works_once_and_then_offers_a_new_email()
    {
        await using var smtp = new SmtpSink();
        await using var app = new TestApp(settings: smtp.Settings());
        var client = app.CreateSecureBrowserClient();
        await AccountSteps.RegisterAsync(client, "eenmaal@example.be");
        var link = AccountSteps.ActivationLink(await smtp.WaitForAsync("eenmaal@example.be"));

        var first = await AccountSteps.GetHtmlAsync(client, link);
        var second = await AccountSteps.GetHtmlAsync(client, link);

        Assert.Contains("Uw account is geactiveerd", first);
        Assert.Contains("verlopen of al gebruikt", second);
        Assert.Contains("href=\"/account/activatie-opnieuw\"", second);
        await using var db = app.CreateDbContext();
        Assert.True(await db.Users.Where(u => u.NormalizedEmail == "EENMAAL@EXAMPLE.BE").Select(u => u.EmailConfirmed)
            .SingleAsync(Ct));
        Assert.Equal(1, await db.AuditEvents.CountAsync(e => e.Type == AuditEventTypes.AccountActivated,
            Ct));
    }

    [Fact]
    public async Task The_activation_link_expires_after_24_hours()
    {
        await using var smtp = new SmtpSink();
        await using var app = new TestApp(settings: smtp.Settings());
        var client = app.CreateSecureBrowserClient();
        await AccountSteps.RegisterAsync(client, "laat@example.be");
        var link = AccountSteps.ActivationLink(await smtp.WaitForAsync("laat@example.be"));

        app.Clock.Advance(TimeSpan.FromHours(24) + TimeSpan.FromMinutes(1));
        var html = await AccountSteps.GetHtmlAsync(client, link);

        Assert.Contains("verlopen of al gebruikt", html);
        var login = await AccountSteps.LogInAsync(client, "laat@example.be");
        Assert.Contains("nog niet geactiveerd", await AccountSteps.TextOf(login));
    }

    [Fact]
    public async Task The_activation_link_still_works_just_before_24_hours()
    {
        await using var smtp = new SmtpSink();
        await using var app = new TestApp(settings: smtp.Settings());
        var client = app.CreateSecureBrowserClient();
        await AccountSteps.RegisterAsync(client, "netop@example.be");
        var link = AccountSteps.ActivationLink(await smtp.WaitForAsync("netop@example.be"));

        app.Clock.Advance(TimeSpan.FromHours(23) + TimeSpan.FromMinutes(55));
        var html = await AccountSteps.GetHtmlAsync(client, link);

        Assert.Contains("Uw account is geactiveerd", html);
    }

    [Theory]
    [InlineData("/account/activeren")]
    [InlineData("/account/activeren?gebruiker=onbekend&code=abc")]
    public async Task A_broken_activation_link_gets_the_same_page_as_a_used_one(string path)
    {
        await using var app = new TestApp();
        var client = app.CreateSecureBrowserClient();

        var html = await AccountSteps.GetHtmlAsync(client, path);

        Assert.Contains("verlopen of al gebruikt", html);
    }

    [Fact]
    public async Task A_link_made_for_one_account_does_not_activate_another()
    {
        await using var smtp = new SmtpSink();
        await using var app = new TestApp(settings: smtp.Settings());
        var client = app.CreateSecureBrowserClient();
        await AccountSteps.RegisterAsync(client, "een@example.be");
        await AccountSteps.RegisterAsync(client, "twee@example.be");
        var linkOne = new Uri(AccountSteps.ActivationLink(await smtp.WaitForAsync("een@example.be")));
        var linkTwo = new Uri(AccountSteps.ActivationLink(await smtp.WaitForAsync("twee@example.be")));
        var userTwo = System.Web.HttpUtility.ParseQueryString(linkTwo.Query)["gebruiker"];
        var codeOne = System.Web.HttpUtility.ParseQueryString(linkOne.Query)["code"];

        var html = await AccountSteps.GetHtmlAsync(client, $"/account/activeren?gebruiker={userTwo}&code={codeOne}");

        Assert.Contains("verlopen of al gebruikt", html);
    }

    [Fact]
    public async Task A_new_activation_email_comes_for_an_unactivated_account_with_the_same_answer_as_for_others()
    {
        await using var smtp = new SmtpSink();
        await using var app = new TestApp(settings: smtp.Settings());
        var client = app.CreateSecureBrowserClient();
        await AccountSteps.RegisterAsync(client, "opnieuw@example.be");
        var first = await smtp.WaitForAsync("opnieuw@example.be");

        var forKnown = await AccountSteps.ResendActivationAsync(client, "opnieuw@example.be");
        var forUnknown = await AccountSteps.ResendActivationAsync(client, "niemand@example.be");

        Assert.Equal(
            AccountSteps.Comparable(forKnown).Replace("opnieuw@example.be", "X"),
            AccountSteps.Comparable(forUnknown).Replace("niemand@example.be", "X"));
        var second = await smtp.WaitForAsync("opnieuw@example.be", m => m.MessageId != first.MessageId);
        var html = await AccountSteps.GetHtmlAsync(client, AccountSteps.ActivationLink(second));
        Assert.Contains("Uw account is geactiveerd", html);
        Assert.Contains("verlopen of al gebruikt",
            await AccountSteps.GetHtmlAsync(client, AccountSteps.ActivationLink(first)));
        Assert.DoesNotContain(smtp.Messages, m => m.To.Mailboxes.Any(a => a.Address == "niemand@example.be"));
    }

    [Fact]
    public async Task New_activation_emails_are_limited_per_account_and_hour()
    {
        await using var smtp = new SmtpSink();
        await using var app = new TestApp(settings: smtp.Settings());
        var client = app.CreateSecureBrowserClient();
        await AccountSteps.RegisterAsync(client, "veel@example.be");
        await smtp.WaitForAsync("veel@example.be");

        for (var i = 0; i < 5; i++)
        {
            await AccountSteps.ResendActivationAsync(client, "veel@example.be");
        }

        await Task.Delay(1500, Ct);
        Assert.Equal(4, smtp.Messages.Count(m => m.To.Mailboxes.Any(a => a.Address == "veel@example.be")));
    }
}
