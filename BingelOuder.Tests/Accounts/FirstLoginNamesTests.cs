using System.Net;
using BingelOuder.Domain;
using BingelOuder.Features.Demo;
using BingelOuder.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BingelOuder.Tests.Accounts;

public sealed class FirstLoginNamesTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/ouder")]
    [InlineData("/ouder/account")]
    [InlineData("/")]
    public async Task A_new_parent_is_sent_to_the_names_page_before_anything_else(string path)
    {
        await using var smtp = new SmtpSink();
        await using var app = new TestApp(settings: smtp.Settings());
        var client = await AccountSteps.ActivatedParentAsync(app, smtp, "nieuw@example.be");

        var response = await client.GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/ouder/naam", AccountSteps.LocationOf(response).Split('?')[0]);
    }

    [Fact]
    public async Task After_login_a_new_parent_goes_to_the_names_page_and_any_other_page_leads_there()
    {
        await using var smtp = new SmtpSink();
        await using var app = new TestApp(settings: smtp.Settings());
        var client = app.CreateSecureBrowserClient();
        await AccountSteps.RegisterAsync(client, "nieuw@example.be");
        var activation = await smtp.WaitForAsync("nieuw@example.be");
        await AccountSteps.GetHtmlAsync(client, AccountSteps.ActivationLink(activation));

        var login = await AccountSteps.LogInAsync(client, "nieuw@example.be");
        var landing = await client.GetAsync("/ouder", Ct);

        Assert.Equal("/ouder/naam?returnUrl=%2Fouder%2Foverzicht", AccountSteps.LocationOf(login));
        Assert.Equal(HttpStatusCode.Redirect, landing.StatusCode);
        Assert.Equal("/ouder/naam?returnUrl=%2Fouder", AccountSteps.LocationOf(landing));
        var page = await AccountSteps.GetHtmlAsync(client, AccountSteps.LocationOf(landing));
        Assert.Contains("Wie bent u?", page);
        Assert.Contains("<label for=\"first-name\">Voornaam</label>", page);
        Assert.Contains("<label for=\"last-name\">Familienaam</label>", page);
    }

    [Fact]
    public async Task Giving_names_stores_them_and_opens_the_other_pages()
    {
        await using var smtp = new SmtpSink();
        await using var app = new TestApp(settings: smtp.Settings());
        var client = await AccountSteps.ActivatedParentAsync(app, smtp, "nieuw@example.be");

        var response = await client.SubmitFormAsync("/ouder/naam?returnUrl=%2Fouder%2Faccount", "names",
            new Dictionary<string, string> { ["Input.FirstName"] = "  Lotte ", ["Input.LastName"] = "Van Acker" });
        var account = await client.GetAsync("/ouder/account", Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/ouder/account", AccountSteps.LocationOf(response));
        Assert.Equal(HttpStatusCode.OK, account.StatusCode);
        Assert.Contains("Lotte Van Acker", await AccountSteps.TextOf(account));
        await using var db = app.CreateDbContext();
        var user = await db.Users.SingleAsync(u => u.NormalizedEmail == "NIEUW@EXAMPLE.BE", Ct);
        Assert.Equal(("Lotte", "Van Acker"), (user.FirstName, user.LastName));
    }

    [Theory]
    [InlineData("", "Van Acker", "Vul uw voornaam in.")]
    [InlineData("Lotte", "   ", "Vul uw familienaam in.")]
    public async Task An_empty_name_is_answered_next_to_the_field_and_keeps_the_other(
        string firstName, string lastName, string message)
    {
        await using var smtp = new SmtpSink();
        await using var app = new TestApp(settings: smtp.Settings());
        var client = await AccountSteps.ActivatedParentAsync(app, smtp, "nieuw@example.be");

        var html = await AccountSteps.GiveNamesAsync(client, firstName, lastName);

        Assert.Contains(message, html);
        Assert.Contains($"value=\"{(firstName.Length > 0 ? firstName : lastName)}\"", html);
        var still = await client.GetAsync("/ouder/account", Ct);
        Assert.Equal("/ouder/naam", AccountSteps.LocationOf(still).Split('?')[0]);
    }

    [Fact]
    public async Task Staff_without_names_are_not_asked_for_them()
    {
        await using var app = new TestApp(seed: true);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var admin = await users.FindByEmailAsync(DemoSeeder.AdminEmail);
            admin!.FirstName = null;
            admin.LastName = null;
            await users.UpdateAsync(admin);
        }

        var client = app.CreateSecureBrowserClient();
        var login = await AccountSteps.LogInAsync(client, DemoSeeder.AdminEmail, TestApp.DemoPassword);
        var home = await client.GetAsync(login.Headers.Location, Ct);

        Assert.Equal("/schoolbeheer", AccountSteps.LocationOf(login));
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
    }

    [Fact]
    public async Task Staff_cannot_open_the_parent_names_page()
    {
        await using var app = new TestApp(seed: true);
        var client = app.CreateSecureBrowserClient();
        await AccountSteps.LogInAsync(client, DemoSeeder.AdminEmail, TestApp.DemoPassword);

        var response = await client.GetAsync("/ouder/naam", Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/geen-toegang", AccountSteps.LocationOf(response));
    }
}
