using BingelOuder.Features.Demo;
using BingelOuder.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace BingelOuder.Tests.Browser;

/// <summary>
/// axe-core with the WCAG 2.2 A and AA rules on the pages parents, visitors and teachers use, in the
/// states they see them: empty, with errors, and filled with data.
/// </summary>
public sealed class AccessibilityBrowserTests(Support.Browser browser) : IClassFixture<Support.Browser>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Login_and_account_pages_have_no_wcag_violations_also_when_showing_errors()
    {
        await using var app = new KestrelTestApp();
        var page = await browser.NewPageAsync(app.BaseUrl);
        var found = new List<string>();

        foreach (var path in new[]
        {
            "/ouder", "/account/aanmelden", "/account/registreren", "/account/wachtwoord-vergeten",
            "/account/activatie-opnieuw", "/account/activeren?gebruiker=x&code=y", "/help",
        })
        {
            await page.GotoAsync(path);
            found.AddRange(await ScanAsync(page, path));
        }

        await page.GotoAsync("/account/registreren");
        await page.GetByLabel("E-mailadres").FillAsync("geen-adres");
        await page.GetByLabel("Wachtwoord", new() { Exact = true }).FillAsync("kort");
        await page.GetByLabel("Herhaal wachtwoord").FillAsync("anders");
        await page.GetByRole(AriaRole.Button, new() { Name = "Account aanmaken" }).ClickAsync();
        await Assertions.Expect(page.Locator(".bo-field-error").First).ToBeVisibleAsync();
        found.AddRange(await ScanAsync(page, "registration with errors"));

        await page.GotoAsync("/account/aanmelden");
        await page.GetByLabel("E-mailadres").FillAsync("niemand@example.be");
        await page.GetByLabel("Wachtwoord").FillAsync("verkeerd wachtwoord");
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelden" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
        found.AddRange(await ScanAsync(page, "failed login"));

        Assert.True(found.Count == 0, string.Join("\n", found));
    }

    [Fact]
    public async Task Parent_pages_have_no_wcag_violations_with_a_linked_child()
    {
        await using var app = new KestrelTestApp(seed: true);
        int pupilId;
        await using (var db = app.CreateDbContext())
        {
            pupilId = await db.Pupils.Where(p => db.ExerciseResults.Count(r => r.PupilId == p.Id) > 40)
                .OrderBy(p => p.Id).Select(p => p.Id).FirstAsync(Ct);
        }

        var parent = await app.CreateParentAsync("toegankelijk@example.be", "Lien", "Jacobs");
        await app.LinkAsync(parent, pupilId);
        var unnamed = await app.CreateParentAsync("zonder.naam@example.be", "", "");
        var page = await browser.NewPageAsync(app.BaseUrl);
        var found = new List<string>();

        await TestAccounts.LogInAsync(page, "toegankelijk@example.be", TestAccounts.ParentPassword);
        foreach (var path in new[] { "/ouder/overzicht", "/ouder/koppelen", "/help" })
        {
            await page.GotoAsync(path);
            await Support.Browser.WaitForInteractiveAsync(page);
            found.AddRange(await ScanAsync(page, path));
        }

        await page.GotoAsync("/ouder/account");
        found.AddRange(await ScanAsync(page, "/ouder/account"));

        await page.GotoAsync("/ouder/koppelen");
        await Support.Browser.WaitForInteractiveAsync(page);
        await page.GetByLabel("Oudercode").FillAsync("abc");
        await page.GetByLabel("Klasnummer").FillAsync("0");
        await page.GetByRole(AriaRole.Button, new() { Name = "Koppelen", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByText("Vul de schoolcode in")).ToBeVisibleAsync();
        found.AddRange(await ScanAsync(page, "linking with errors"));

        var second = await browser.NewPageAsync(app.BaseUrl);
        await TestAccounts.LogInAsync(second, "zonder.naam@example.be", TestAccounts.ParentPassword);
        await second.WaitForURLAsync("**/ouder/naam**");
        found.AddRange(await ScanAsync(second, "/ouder/naam"));
        _ = unnamed;

        Assert.True(found.Count == 0, string.Join("\n", found));
    }

    [Fact]
    public async Task The_teachers_list_and_printouts_have_no_wcag_violations()
    {
        await using var app = new KestrelTestApp(seed: true);
        int pupilId;
        await using (var db = app.CreateDbContext())
        {
            pupilId = await db.Pupils.Where(p => p.SchoolClass!.Name == "3A").OrderBy(p => p.Id)
                .Select(p => p.Id).FirstAsync(Ct);
        }

        var page = await browser.NewPageAsync(app.BaseUrl);
        var found = new List<string>();

        await TestAccounts.LogInAsync(page, DemoSeeder.TeacherEmail("3A"), TestApp.DemoPassword);
        foreach (var path in new[] { "/leerkracht", $"/leerkracht/leerlingen/{pupilId}", "/leerkracht/overzichten", "/help/leerkracht" })
        {
            await page.GotoAsync(path);
            await Support.Browser.WaitForInteractiveAsync(page);
            found.AddRange(await ScanAsync(page, path));
        }

        Assert.True(found.Count == 0, string.Join("\n", found));
    }

    private static async Task<IEnumerable<string>> ScanAsync(IPage page, string where)
    {
        var violations = await Axe.ViolationsAsync(page);
        return violations.Select(v => $"{where}: {v}");
    }
}
