using BingelOuder.Tests.Accounts;
using BingelOuder.Tests.Support;
using Microsoft.Playwright;

namespace BingelOuder.Tests.Browser;

/// <summary>
/// The parent's way from the start page to the overview with the keyboard alone, and form errors that
/// are announced (they take the focus) and tied to their fields.
/// </summary>
public sealed class KeyboardBrowserTests(Support.Browser browser) : IClassFixture<Support.Browser>
{
    private const string Email = "toetsenbord@example.be";
    private const string Password = "met de pijltjes door de gang";

    [Fact]
    public async Task A_parent_goes_from_the_start_page_to_a_linked_child_with_the_keyboard_alone()
    {
        await using var smtp = new SmtpSink();
        await using var app = new KestrelTestApp(settings: smtp.Settings());
        var school = await app.CreateSchoolAsync("KEYB01", classNames: "4B");
        var pupil = school.Pupil("4B", 2);
        var page = await browser.NewPageAsync(app.BaseUrl);

        await page.GotoAsync("/ouder");
        await Support.Browser.WaitForInteractiveAsync(page);
        await Keyboard.TabToAsync(page, page.GetByRole(AriaRole.Link, new() { Name = "Maak een account aan" }));
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/account/registreren");

        await Keyboard.TabAndTypeAsync(page, page.GetByLabel("E-mailadres"), Email);
        await Keyboard.TabAndTypeAsync(page, page.GetByLabel("Wachtwoord", new() { Exact = true }), Password);
        await Keyboard.TabAndTypeAsync(page, page.GetByLabel("Herhaal wachtwoord"), Password);
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByText("We hebben een e-mail gestuurd")).ToBeVisibleAsync();

        // The activation link is opened from the mail program, outside the app.
        await page.GotoAsync(AccountSteps.PathOf(AccountSteps.ActivationLink(await smtp.WaitForAsync(Email))));
        await Assertions.Expect(page.GetByText("Uw account is geactiveerd")).ToBeVisibleAsync();
        await Keyboard.TabToAsync(page, page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Aanmelden", Exact = true }));
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/account/aanmelden");

        await Keyboard.TabAndTypeAsync(page, page.GetByLabel("E-mailadres"), Email);
        await Keyboard.TabAndTypeAsync(page, page.GetByLabel("Wachtwoord"), Password);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/ouder/naam**");

        await Keyboard.TabAndTypeAsync(page, page.GetByLabel("Voornaam"), "Tine");
        await Keyboard.TabAndTypeAsync(page, page.GetByLabel("Familienaam"), "Wuyts");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/ouder/overzicht");
        await Support.Browser.WaitForInteractiveAsync(page);

        await Keyboard.TabToAsync(page, page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Kind koppelen" }));
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/ouder/koppelen");
        await Support.Browser.WaitForInteractiveAsync(page);

        // Sending the empty form: the focus goes to the first field in error, which names its message.
        await Keyboard.TabToAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Koppelen", Exact = true }));
        await page.Keyboard.PressAsync("Enter");
        var code = page.GetByLabel("Oudercode");
        await Assertions.Expect(code).ToBeFocusedAsync();
        await Assertions.Expect(code).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(code).ToHaveAccessibleDescriptionAsync("Vul de oudercode in.");
        await Support.Browser.ScreenshotAsync(page, "keyboard-linking-errors");

        await page.Keyboard.TypeAsync(pupil.Code.ToLowerInvariant());
        await Keyboard.TabAndTypeAsync(page, page.GetByLabel("Schoolcode"), school.SchoolCode);
        await Keyboard.TabAndTypeAsync(page, page.GetByLabel("Klas", new() { Exact = true }), "4b");
        await Keyboard.TabAndTypeAsync(page, page.GetByLabel("Klasnummer"), "2");
        await Keyboard.TabToAsync(page, page.GetByLabel("ouder", new() { Exact = true }));
        await page.Keyboard.PressAsync("Space");
        await Assertions.Expect(page.GetByLabel("ouder", new() { Exact = true })).ToBeCheckedAsync();
        await Keyboard.TabToAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Koppelen", Exact = true }));
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync($"gekoppeld aan {pupil.FirstName}");
        await Support.Browser.ScreenshotAsync(page, "keyboard-linked");

        await Keyboard.TabToAsync(page, page.GetByRole(AriaRole.Link, new() { Name = "Overzicht", Exact = true }));
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/ouder/overzicht");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 2, Name = $"{pupil.FirstName} Test" }))
            .ToBeVisibleAsync();
        await Keyboard.TabToAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Deze maand" }));
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Deze maand", Pressed = true }))
            .ToBeVisibleAsync();
        await Support.Browser.ScreenshotAsync(page, "keyboard-overview");
    }

    [Fact]
    public async Task Errors_of_a_plain_account_form_take_the_focus_and_are_tied_to_their_fields()
    {
        await using var app = new KestrelTestApp();
        var page = await browser.NewPageAsync(app.BaseUrl);

        await page.GotoAsync("/account/registreren");
        await page.GetByLabel("E-mailadres").FillAsync("tine@example");
        await page.GetByLabel("Wachtwoord", new() { Exact = true }).FillAsync("kort");
        await page.GetByLabel("Herhaal wachtwoord").FillAsync("anders");
        await page.GetByRole(AriaRole.Button, new() { Name = "Account aanmaken" }).ClickAsync();

        var summary = page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Nog niet alles is in orde" });
        await Assertions.Expect(summary).ToBeFocusedAsync();
        await Assertions.Expect(summary).ToContainTextAsync("Dit is geen geldig e-mailadres.");
        await Assertions.Expect(summary).ToContainTextAsync("De twee wachtwoorden zijn niet gelijk.");
        var email = page.GetByLabel("E-mailadres");
        await Assertions.Expect(email).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(email).ToHaveAccessibleDescriptionAsync(
            "Dit is geen geldig e-mailadres. Een voorbeeld: naam@voorbeeld.be");
        await Assertions.Expect(page.GetByLabel("Herhaal wachtwoord"))
            .ToHaveAccessibleDescriptionAsync("De twee wachtwoorden zijn niet gelijk.");
        await Assertions.Expect(page.GetByLabel("Wachtwoord", new() { Exact = true }))
            .ToHaveAttributeAsync("aria-invalid", "true");
        await Support.Browser.ScreenshotAsync(page, "keyboard-register-errors");

        await page.GotoAsync("/account/aanmelden");
        await page.GetByLabel("E-mailadres").FillAsync("tine@example.be");
        await page.GetByLabel("Wachtwoord").FillAsync("niet het goede wachtwoord");
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelden" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToBeFocusedAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Aanmelden is niet gelukt");
    }
}
