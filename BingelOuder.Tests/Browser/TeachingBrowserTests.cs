using BingelOuder.Domain;
using BingelOuder.Features.Demo;
using BingelOuder.Features.Linking;
using BingelOuder.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace BingelOuder.Tests.Browser;

public sealed class TeachingBrowserTests(Support.Browser browser) : IClassFixture<Support.Browser>
{
    [Fact]
    public async Task A_teacher_finds_a_pupil_sees_the_parent_code_and_renews_it()
    {
        await using var app = new KestrelTestApp(seed: true);
        await using var db = app.CreateDbContext();
        var pupils = await db.Pupils.AsNoTracking().Where(p => p.SchoolClass!.Name == "3A")
            .OrderBy(p => p.ClassNumber).ToListAsync(TestContext.Current.CancellationToken);
        var pupil = pupils[3];
        var grandparent = await app.CreateParentAsync("oma@example.be", "Maria", "Goossens");
        db.ParentLinks.Add(new ParentLink
        {
            ParentId = grandparent.Id, PupilId = pupil.Id, Relation = ParentRelation.Grandparent,
            LinkedAtUtc = DateTime.UtcNow,
        });
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        var protector = app.Service<ParentCodeProtector>();
        var page = await browser.NewPageAsync(app.BaseUrl);

        await TestAccounts.LogInAsync(page, DemoSeeder.TeacherEmail("3A"), TestApp.DemoPassword);
        await Support.Browser.WaitForInteractiveAsync(page);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Mijn leerlingen", Level = 1 }))
            .ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("tbody tr")).ToHaveCountAsync(pupils.Count);
        await Support.Browser.ScreenshotAsync(page, "teaching-mijn-leerlingen");

        await page.GetByLabel("Zoeken op naam of gebruikersnaam").FillAsync(pupil.Username);
        await Assertions.Expect(page.Locator("tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("tbody tr")).ToContainTextAsync("1 persoon");
        await page.GetByRole(AriaRole.Link, new() { Name = $"{pupil.LastName} {pupil.FirstName}" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"{pupil.FirstName} {pupil.LastName}" }))
            .ToBeVisibleAsync();
        var shown = page.GetByLabel("Oudercode", new() { Exact = true });
        await Assertions.Expect(shown).ToHaveTextAsync(protector.RevealForDisplay(pupil.ParentCodeProtected));
        await Assertions.Expect(page.GetByTestId("username")).ToHaveTextAsync(pupil.Username);
        await Assertions.Expect(page.GetByRole(AriaRole.Row, new() { Name = "Maria Goossens Grootouder" }))
            .ToBeVisibleAsync();
        await Support.Browser.ScreenshotAsync(page, "teaching-leerling");

        await page.GetByRole(AriaRole.Button, new() { Name = "Nieuwe oudercode maken" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Dialog)).ToContainTextAsync("werkt daarna niet meer");
        await Support.Browser.ScreenshotAsync(page, "teaching-vernieuwen-bevestigen");
        await page.GetByRole(AriaRole.Button, new() { Name = "Nieuwe code maken" }).ClickAsync();

        await Assertions.Expect(page.GetByText("Er is een nieuwe oudercode gemaakt")).ToBeVisibleAsync();
        await using var after = app.CreateDbContext();
        var stored = await after.Pupils.SingleAsync(p => p.Id == pupil.Id, TestContext.Current.CancellationToken);
        Assert.NotEqual(pupil.ParentCodeProtected, stored.ParentCodeProtected);
        await Assertions.Expect(shown).ToHaveTextAsync(protector.RevealForDisplay(stored.ParentCodeProtected));
    }

    [Fact]
    public async Task A_teacher_downloads_letters_labels_and_the_list_of_their_class()
    {
        await using var app = new KestrelTestApp(seed: true);
        await using var db = app.CreateDbContext();
        var pupilCount = await db.Pupils.CountAsync(p => p.SchoolClass!.Name == "2A", TestContext.Current.CancellationToken);
        var page = await browser.NewPageAsync(app.BaseUrl);

        await TestAccounts.LogInAsync(page, DemoSeeder.TeacherEmail("2A"), TestApp.DemoPassword);
        await Support.Browser.WaitForInteractiveAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Overzichten en lijsten" }).First.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Overzichten en lijsten", Level = 1 }))
            .ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel($"2A ({pupilCount} leerlingen)")).ToBeCheckedAsync();
        await Support.Browser.ScreenshotAsync(page, "printouts-overzichten");

        var letters = await DownloadAsync(page, "Brieven (PDF) downloaden");
        var labels = await DownloadAsync(page, "Etiketten (PDF) downloaden");
        var list = await DownloadAsync(page, "Lijst (Excel) downloaden");

        Assert.Equal("brieven-DEMO01-2A.pdf", letters.Name);
        Assert.Equal(pupilCount, PdfFiles.PageTexts(letters.Content).Count);
        Assert.Equal("etiketten-DEMO01-2A.pdf", labels.Name);
        Assert.Equal(pupilCount, PdfFiles.PageTexts(labels.Content).Sum(p => p.Split("Oudercode ").Length - 1));
        Assert.Equal("oudercodes-DEMO01-2A.xlsx", list.Name);
        using var workbook = new ClosedXML.Excel.XLWorkbook(new MemoryStream(list.Content));
        Assert.Equal(pupilCount + 1, workbook.Worksheet("2A").RangeUsed().RowCount());
        await PdfFiles.SaveAsync(labels.Content, "labels-demo-2A");
    }

    private static async Task<(string Name, byte[] Content)> DownloadAsync(IPage page, string button)
    {
        var download = await page.RunAndWaitForDownloadAsync(
            () => page.GetByRole(AriaRole.Link, new() { Name = button }).ClickAsync());
        var path = await download.PathAsync();
        return (download.SuggestedFilename, await File.ReadAllBytesAsync(path));
    }
}
