using System.Text.RegularExpressions;
using BingelOuder.Tests.Accounts;
using BingelOuder.Tests.Support;
using Microsoft.Playwright;

namespace BingelOuder.Tests.Browser;

public sealed class ParentAccountBrowserTests(Support.Browser browser) : IClassFixture<Support.Browser>
{
    private const string Email = "sofie.maes@example.be";
    private const string Password = "de kat slaapt op de vensterbank";

    [Fact]
    public async Task A_new_parent_starts_at_ouder_creates_an_account_activates_it_logs_in_and_gives_a_name()
    {
        await using var smtp = new SmtpSink();
        await using var app = new KestrelTestApp(settings: smtp.Settings());
        var page = await browser.NewPageAsync(app.BaseUrl);

        await page.GotoAsync("/ouder");
        await Support.Browser.WaitForInteractiveAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Maak een account aan" }).ClickAsync();
        await page.WaitForURLAsync("**/account/registreren");

        // Bad input first: every mistake is answered next to its field, the address stays.
        await page.GetByLabel("E-mailadres").FillAsync("sofie.maes@example");
        await page.GetByLabel("Wachtwoord", new() { Exact = true }).FillAsync("kort");
        await page.GetByLabel("Herhaal wachtwoord").FillAsync("anders");
        await page.GetByRole(AriaRole.Button, new() { Name = "Account aanmaken" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("E-mailadres")).ToHaveAccessibleDescriptionAsync(
            new Regex("^Dit is geen geldig e-mailadres"));
        await Assertions.Expect(page.GetByLabel("Wachtwoord", new() { Exact = true })).ToHaveAccessibleDescriptionAsync(
            new Regex("minstens 12 tekens", RegexOptions.IgnoreCase));
        await Assertions.Expect(page.GetByLabel("Herhaal wachtwoord")).ToHaveAccessibleDescriptionAsync(
            "De twee wachtwoorden zijn niet gelijk.");
        await Assertions.Expect(page.GetByLabel("E-mailadres")).ToHaveValueAsync("sofie.maes@example");
        await Assertions.Expect(page.GetByLabel("Wachtwoord", new() { Exact = true })).ToHaveValueAsync("");
        await Support.Browser.ScreenshotAsync(page, "accounts-register-errors");

        await page.GetByLabel("E-mailadres").FillAsync(Email);
        await page.GetByLabel("Wachtwoord", new() { Exact = true }).FillAsync("password12345");
        await page.GetByLabel("Herhaal wachtwoord").FillAsync("password12345");
        await page.GetByRole(AriaRole.Button, new() { Name = "Account aanmaken" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Wachtwoord", new() { Exact = true })).ToHaveAccessibleDescriptionAsync(
            new Regex("wordt te vaak gebruikt"));

        await page.GetByLabel("Wachtwoord", new() { Exact = true }).FillAsync(Password);
        await page.GetByLabel("Herhaal wachtwoord").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Account aanmaken" }).ClickAsync();
        var sent = page.GetByRole(AriaRole.Status).Filter(new() { HasText = "We hebben een e-mail gestuurd" });
        await Assertions.Expect(sent).ToBeVisibleAsync();
        await Support.Browser.ScreenshotAsync(page, "accounts-register-sent");

        var link = AccountSteps.ActivationLink(await smtp.WaitForAsync(Email));
        Assert.StartsWith(AccountSteps.PublicBase + "/account/activeren?", link);
        await page.GotoAsync(AccountSteps.PathOf(link));
        await Assertions.Expect(page.GetByText("Uw account is geactiveerd")).ToBeVisibleAsync();
        await Support.Browser.ScreenshotAsync(page, "accounts-activated");
        await page.GetByRole(AriaRole.Link, new() { Name = "Aanmelden", Exact = true }).First.ClickAsync();

        await page.WaitForURLAsync("**/account/aanmelden");
        await page.GetByLabel("E-mailadres").FillAsync(Email);
        await page.GetByLabel("Wachtwoord").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelden" }).ClickAsync();

        await page.WaitForURLAsync("**/ouder/naam**");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Wie bent u?" })).ToBeVisibleAsync();
        await page.GetByLabel("Familienaam").FillAsync("Maes");
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan en verdergaan" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Voornaam")).ToHaveAccessibleDescriptionAsync("Vul uw voornaam in.");
        await Assertions.Expect(page.GetByLabel("Familienaam")).ToHaveValueAsync("Maes");
        await Support.Browser.ScreenshotAsync(page, "accounts-names-error");
        await page.GetByLabel("Voornaam").FillAsync("Sofie");
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan en verdergaan" }).ClickAsync();

        await page.WaitForURLAsync("**/ouder/overzicht");
        await page.GotoAsync("/ouder/account");
        var details = page.GetByRole(AriaRole.Region, new() { Name = "Mijn gegevens" });
        await Assertions.Expect(details.GetByText("Sofie Maes")).ToBeVisibleAsync();
        await Assertions.Expect(details.GetByText(Email)).ToBeVisibleAsync();
        await Support.Browser.ScreenshotAsync(page, "accounts-my-account");
    }

    [Fact]
    public async Task A_parent_changes_the_password_and_then_deletes_the_account_from_the_account_page()
    {
        await using var smtp = new SmtpSink();
        await using var app = new KestrelTestApp(settings: smtp.Settings());
        await app.CreateParentAsync(Email, "Sofie", "Maes");
        var page = await browser.NewPageAsync(app.BaseUrl);
        await TestAccounts.LogInAsync(page, Email, TestAccounts.ParentPassword);

        await page.GotoAsync("/ouder/account");
        await page.GetByLabel("Huidig wachtwoord").FillAsync(TestAccounts.ParentPassword);
        await page.GetByLabel("Nieuw wachtwoord", new() { Exact = true }).FillAsync(Password);
        await page.GetByLabel("Herhaal nieuw wachtwoord").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Wachtwoord wijzigen" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Uw wachtwoord is gewijzigd")).ToBeVisibleAsync();
        await Support.Browser.ScreenshotAsync(page, "accounts-password-changed");

        var deleteSection = page.GetByRole(AriaRole.Region, new() { Name = "Account verwijderen" });
        await deleteSection.GetByLabel("Wachtwoord").FillAsync(TestAccounts.ParentPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Account verwijderen" }).ClickAsync();
        await Assertions.Expect(deleteSection.GetByLabel("Wachtwoord")).ToHaveAccessibleDescriptionAsync(
            new Regex("Dit wachtwoord klopt niet\\.$"));
        await deleteSection.GetByLabel("Wachtwoord").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Account verwijderen" }).ClickAsync();

        await page.WaitForURLAsync("**/account/verwijderd");
        await Assertions.Expect(page.GetByText("U bent afgemeld")).ToBeVisibleAsync();
        await page.GotoAsync("/ouder/account");
        await page.WaitForURLAsync("**/account/aanmelden**");
    }
}
