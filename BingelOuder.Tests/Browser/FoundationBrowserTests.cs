using BingelOuder.Features.Demo;
using BingelOuder.Tests.Support;
using Microsoft.Playwright;

namespace BingelOuder.Tests.Browser;

public sealed class FoundationBrowserTests(Support.Browser browser) : IClassFixture<Support.Browser>
{
    [Fact]
    public async Task Parent_start_page_becomes_interactive_and_offers_both_ways_in()
    {
        await using var app = new KestrelTestApp(seed: true);
        var page = await browser.NewPageAsync(app.BaseUrl);

        await page.GotoAsync("/ouder");
        await Support.Browser.WaitForInteractiveAsync(page);

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Voor ouders", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Maak een account aan" })).ToBeVisibleAsync();
        await Support.Browser.ScreenshotAsync(page, "foundation-ouder");

        // The drawer toggle works only with a live circuit: proof that clicks reach the server.
        var nav = page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" });
        await Assertions.Expect(nav).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Menu tonen of verbergen" }).ClickAsync();
        await Assertions.Expect(nav).Not.ToBeInViewportAsync();
    }

    [Fact]
    public async Task A_paused_connection_is_explained_in_dutch_and_the_page_resumes()
    {
        await using var app = new KestrelTestApp(seed: true);
        var page = await browser.NewPageAsync(app.BaseUrl);
        await page.GotoAsync("/ouder");
        await Support.Browser.WaitForInteractiveAsync(page);

        await page.EvaluateAsync("() => Blazor.pauseCircuit()");
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "De verbinding is even weg" });
        await Assertions.Expect(dialog).ToBeVisibleAsync();
        await Assertions.Expect(dialog).ToContainTextAsync("Deze pagina is gepauzeerd.");
        await Support.Browser.ScreenshotAsync(page, "foundation-reconnect");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Verdergaan" }).ClickAsync();

        await Assertions.Expect(dialog).ToBeHiddenAsync();
        var nav = page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Menu tonen of verbergen" }).ClickAsync();
        await Assertions.Expect(nav).Not.ToBeInViewportAsync();
    }

    [Fact]
    public async Task Demo_school_admin_logs_in_by_the_visible_labels_and_sees_the_demo_school()
    {
        await using var app = new KestrelTestApp(seed: true);
        var page = await browser.NewPageAsync(app.BaseUrl);

        await page.GotoAsync("/schoolbeheer");
        await page.GetByLabel("E-mailadres").FillAsync(DemoSeeder.AdminEmail);
        await page.GetByLabel("Wachtwoord").FillAsync(TestApp.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelden" }).ClickAsync();

        await page.WaitForURLAsync("**/schoolbeheer");
        await Assertions.Expect(page.GetByText("Basisschool De Regenboog")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Schoolcode: DEMO01")).ToBeVisibleAsync();
        await Support.Browser.ScreenshotAsync(page, "foundation-schoolbeheer");
    }

    [Fact]
    public async Task A_wrong_password_is_answered_in_dutch_and_keeps_the_address()
    {
        await using var app = new KestrelTestApp(seed: true);
        var page = await browser.NewPageAsync(app.BaseUrl);

        await page.GotoAsync("/account/aanmelden");
        await page.GetByLabel("E-mailadres").FillAsync(DemoSeeder.AdminEmail);
        await page.GetByLabel("Wachtwoord").FillAsync("helemaal-niet-juist");
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelden" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("klopt niet");
        await Assertions.Expect(page.GetByLabel("E-mailadres")).ToHaveValueAsync(DemoSeeder.AdminEmail);
        await Assertions.Expect(page.GetByLabel("Wachtwoord")).ToHaveValueAsync("");
        await Support.Browser.ScreenshotAsync(page, "foundation-login-error");
    }
}
