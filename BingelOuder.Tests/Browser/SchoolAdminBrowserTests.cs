using System.Text;
using BingelOuder.Domain;
using BingelOuder.Features.Demo;
using BingelOuder.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace BingelOuder.Tests.Browser;

public sealed class SchoolAdminBrowserTests(Support.Browser browser) : IClassFixture<Support.Browser>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<IPage> AdminPageAsync(KestrelTestApp app, string path)
    {
        var page = await browser.NewPageAsync(app.BaseUrl);
        await TestAccounts.LogInAsync(page, DemoSeeder.AdminEmail, TestApp.DemoPassword);
        await page.GotoAsync(path);
        await Support.Browser.WaitForInteractiveAsync(page);
        return page;
    }

    [Fact]
    public async Task The_admin_imports_a_class_list_sees_the_preview_confirms_and_the_new_class_has_its_pupils()
    {
        await using var app = new KestrelTestApp(seed: true);
        var page = await AdminPageAsync(app, "/schoolbeheer/klassen");
        await page.GetByLabel("Naam van de klas").FillAsync("6B");
        await page.GetByRole(AriaRole.Button, new() { Name = "Klas toevoegen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Cell, new() { Name = "6B", Exact = true })).ToBeVisibleAsync();

        await page.GotoAsync("/schoolbeheer/leerlingen");
        await Support.Browser.WaitForInteractiveAsync(page);
        var csv = "Klas;Klasnummer;Voornaam;Familienaam\n6B;1;Amélie;Vandenbroucke\n6B;2;Rune;De Smet\n6B;2;Dubbel;Nummer\n";
        await page.GetByLabel("Klaslijst kiezen (.csv of .xlsx)").SetInputFilesAsync(new FilePayload
        {
            Name = "6B.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv),
        });
        await Assertions.Expect(page.GetByText("Er verandert niets tot het hele bestand klopt")).ToBeVisibleAsync();
        await Support.Browser.ScreenshotAsync(page, "admin-import-error");
        await using (var db = app.CreateDbContext())
        {
            Assert.False(await db.Pupils.AnyAsync(p => p.SchoolClass!.Name == "6B", Ct));
        }

        await page.GetByLabel("Klaslijst kiezen (.csv of .xlsx)").SetInputFilesAsync(new FilePayload
        {
            Name = "6B.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv.Replace("6B;2;Dubbel;Nummer\n", "")),
        });
        await Assertions.Expect(page.GetByText("2 nieuw, 0 gewijzigd, 0 verplaatst")).ToBeVisibleAsync();
        await Support.Browser.ScreenshotAsync(page, "admin-import-preview");
        await page.GetByRole(AriaRole.Button, new() { Name = "Import bevestigen" }).ClickAsync();
        await Assertions.Expect(page.GetByText("De klaslijst is geïmporteerd")).ToBeVisibleAsync();

        await using var check = app.CreateDbContext();
        var added = await check.Pupils.Where(p => p.SchoolClass!.Name == "6B").OrderBy(p => p.ClassNumber)
            .Select(p => new { p.FirstName, p.ClassNumber, p.Username, p.ParentCodeProtected }).ToListAsync(Ct);
        Assert.Equal(["Amélie", "Rune"], added.Select(p => p.FirstName));
        Assert.All(added, p => Assert.False(string.IsNullOrEmpty(p.Username)));
        Assert.All(added, p => Assert.False(string.IsNullOrEmpty(p.ParentCodeProtected)));
    }

    [Fact]
    public async Task The_admin_switches_the_module_off_and_on_with_a_confirmation_and_sees_who_did_it()
    {
        await using var app = new KestrelTestApp(seed: true);
        var page = await AdminPageAsync(app, "/schoolbeheer/oudermodule");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "De oudermodule staat aan" })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Oudermodule uitzetten" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Assertions.Expect(dialog).ToContainTextAsync("De koppelingen blijven bewaard");
        await Support.Browser.ScreenshotAsync(page, "admin-module-confirm-off");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Annuleren" }).ClickAsync();
        await using (var db = app.CreateDbContext())
        {
            Assert.True(await db.Schools.Select(s => s.ParentModuleEnabled).SingleAsync(Ct));
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Oudermodule uitzetten" }).ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Uitzetten" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "De oudermodule staat uit" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("module-history")).ToContainTextAsync("Uitgezet door");
        await Support.Browser.ScreenshotAsync(page, "admin-module-off");
        await using (var db = app.CreateDbContext())
        {
            var school = await db.Schools.SingleAsync(Ct);
            Assert.False(school.ParentModuleEnabled);
            var admin = await db.Users.SingleAsync(u => u.Email == DemoSeeder.AdminEmail, Ct);
            Assert.Equal(admin.Id, school.ParentModuleChangedByUserId);
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Oudermodule aanzetten" }).ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Aanzetten" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "De oudermodule staat aan" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "API-sleutels voor het leerplatform" })).ToBeVisibleAsync();
        await Support.Browser.ScreenshotAsync(page, "admin-module-on");
    }

    [Fact]
    public async Task The_admin_sees_who_is_linked_to_a_pupil_and_undoes_the_link()
    {
        await using var app = new KestrelTestApp(seed: true);
        var parent = await app.CreateParentAsync("an.peeters@example.be", "An", "Peeters");
        Pupil pupil;
        await using (var db = app.CreateDbContext())
        {
            pupil = await db.Pupils.Where(p => p.SchoolClass!.Name == "3A" && p.ClassNumber == 4).SingleAsync(Ct);
            db.ParentLinks.Add(new ParentLink
            {
                ParentId = parent.Id, PupilId = pupil.Id, Relation = ParentRelation.Grandparent,
                LinkedAtUtc = DateTime.UtcNow.AddDays(-2),
            });
            await db.SaveChangesAsync(Ct);
        }

        var page = await AdminPageAsync(app, "/schoolbeheer/koppelingen");
        await page.GetByLabel("Klas").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "3A", Exact = true }).ClickAsync();
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "an.peeters@example.be" });
        await Assertions.Expect(row).ToContainTextAsync("An Peeters");
        await Assertions.Expect(row).ToContainTextAsync("grootouder");
        await Assertions.Expect(row).ToContainTextAsync($"{pupil.FirstName} {pupil.LastName}");
        await Support.Browser.ScreenshotAsync(page, "admin-links");

        await row.GetByRole(AriaRole.Button,
            new() { Name = $"Koppeling van An Peeters met {pupil.FirstName} {pupil.LastName} ongedaan maken" }).ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Ontkoppelen" }).ClickAsync();
        await Assertions.Expect(page.GetByText("De koppeling van An Peeters")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("an.peeters@example.be")).ToHaveCountAsync(0);
        await Support.Browser.ScreenshotAsync(page, "admin-links-undone");
        await using var check = app.CreateDbContext();
        Assert.False(await check.ParentLinks.AnyAsync(l => l.ParentId == parent.Id, Ct));
    }

    [Fact]
    public async Task The_admin_downloads_letters_for_the_whole_school_in_one_file()
    {
        await using var app = new KestrelTestApp(seed: true);
        int pupils;
        await using (var db = app.CreateDbContext())
        {
            pupils = await db.Pupils.CountAsync(Ct);
        }

        var page = await AdminPageAsync(app, "/schoolbeheer/overzichten");
        await Assertions.Expect(page.GetByLabel("Alle klassen")).ToBeCheckedAsync();
        await Support.Browser.ScreenshotAsync(page, "admin-printouts");

        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Link, new() { Name = "Brieven (PDF) downloaden" }).ClickAsync());
        var path = await download.PathAsync();
        var texts = PdfFiles.PageTexts(await File.ReadAllBytesAsync(path, Ct));

        Assert.Equal(pupils, texts.Count);
        Assert.Contains("1A", texts[0]);
        Assert.Contains("6A", texts[^1]);
    }

    [Fact]
    public async Task A_teacher_cannot_open_the_wizard()
    {
        await using var app = new KestrelTestApp(seed: true);
        var page = await browser.NewPageAsync(app.BaseUrl);
        await TestAccounts.LogInAsync(page, "leerkracht.3a@demo.bingelouder.be", TestApp.DemoPassword);

        await page.GotoAsync("/schoolbeheer/koppelingen");

        await Assertions.Expect(page.GetByText("U hebt geen toegang tot deze pagina")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Ontkoppelen")).ToHaveCountAsync(0);
    }
}
