using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using BingelOuder.Domain;
using BingelOuder.Features.Demo;
using BingelOuder.Features.Overview;
using BingelOuder.Tests.Accounts;
using BingelOuder.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace BingelOuder.Tests.Browser;

/// <summary>
/// The whole story on the demo school, in a real browser, with mail over a real SMTP server: the
/// school admin prepares a new class and switches the module on, the teacher prints the letter, a new
/// parent makes an account and links the child with the letter's data, and the admin undoes the link.
/// Each step leaves a screenshot named journey-NN-....
/// </summary>
public sealed partial class JourneyBrowserTests(Support.Browser browser) : IClassFixture<Support.Browser>
{
    private const string ParentEmail = "jana.vermeulen@example.be";
    private const string ParentPassword = "fietsen langs de Schelde in mei";
    private const string TeacherEmail = "leerkracht.3a@demo.bingelouder.be";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [GeneratedRegex(@"Oudercode ([2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5})")]
    private static partial Regex ParentCodeOnLetter();

    [Fact]
    public async Task From_the_school_admin_to_the_teacher_to_a_new_parent_and_back()
    {
        await using var smtp = new SmtpSink();
        await using var app = new KestrelTestApp(seed: true, settings: smtp.Settings());
        await using (var db = app.CreateDbContext())
        {
            // The demo school as one that has not switched the module on yet.
            await db.Schools.ExecuteUpdateAsync(s => s.SetProperty(x => x.ParentModuleEnabled, false), Ct);
        }

        // 1. The school admin: a new class with one pupil, the teacher of 3A also teaches it, module on.
        var admin = await browser.NewPageAsync(app.BaseUrl);
        await TestAccounts.LogInAsync(admin, DemoSeeder.AdminEmail, TestApp.DemoPassword);
        await GoAsync(admin, "/schoolbeheer/klassen");
        await admin.GetByLabel("Naam van de klas").FillAsync("6B");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Klas toevoegen" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Cell, new() { Name = "6B", Exact = true })).ToBeVisibleAsync();
        await Support.Browser.ScreenshotAsync(admin, "journey-01-admin-new-class");

        await GoAsync(admin, "/schoolbeheer/leerlingen");
        await admin.GetByLabel("Klas", new() { Exact = true }).ClickAsync();
        await admin.GetByRole(AriaRole.Option, new() { Name = "6B", Exact = true }).ClickAsync();
        await admin.GetByLabel("Klasnummer").FillAsync("1");
        await admin.GetByLabel("Voornaam").FillAsync("Lotte");
        await admin.GetByLabel("Familienaam").FillAsync("Vermeulen");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Leerling toevoegen" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Cell, new() { Name = "Vermeulen", Exact = true })).ToBeVisibleAsync();
        await Support.Browser.ScreenshotAsync(admin, "journey-02-admin-new-pupil");

        string teacherName;
        await using (var db = app.CreateDbContext())
        {
            var teacher = await db.Users.SingleAsync(u => u.Email == TeacherEmail, Ct);
            teacherName = $"{teacher.FirstName} {teacher.LastName}";
        }

        await GoAsync(admin, "/schoolbeheer/toewijzen");
        await admin.GetByLabel($"{teacherName} geeft les in 6B").CheckAsync();
        await Assertions.Expect(admin.GetByText($"{teacherName} heeft nu klas 6B.")).ToBeVisibleAsync();
        await Support.Browser.ScreenshotAsync(admin, "journey-03-admin-assign");

        await GoAsync(admin, "/schoolbeheer/oudermodule");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Oudermodule aanzetten" }).ClickAsync();
        await admin.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Aanzetten" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Heading, new() { Name = "De oudermodule staat aan" })).ToBeVisibleAsync();
        await admin.GetByLabel("Naam van de sleutel").FillAsync("Leerplatform");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Sleutel aanmaken" }).ClickAsync();
        var apiKey = await admin.GetByLabel("Nieuwe sleutel").InputValueAsync();
        await Support.Browser.ScreenshotAsync(admin, "journey-04-admin-module-on");

        Pupil lotte;
        await using (var db = app.CreateDbContext())
        {
            lotte = await db.Pupils.Include(p => p.SchoolClass).SingleAsync(p => p.LastName == "Vermeulen", Ct);
            Assert.True(await db.Schools.Select(s => s.ParentModuleEnabled).SingleAsync(Ct));
        }

        // The practice platform sends Lotte's first results with the key the admin made.
        Assert.Equal(HttpStatusCode.OK, await SendResultsAsync(app.BaseUrl, apiKey, lotte.Username));

        // 2. The teacher downloads the letters of 6B; the code is read from the PDF, the QR code decoded.
        var teacherPage = await browser.NewPageAsync(app.BaseUrl);
        await TestAccounts.LogInAsync(teacherPage, TeacherEmail, TestApp.DemoPassword);
        await GoAsync(teacherPage, "/leerkracht/overzichten");
        await teacherPage.GetByLabel("6B (1 leerling)").CheckAsync();
        await Support.Browser.ScreenshotAsync(teacherPage, "journey-05-teacher-printouts");
        var download = await teacherPage.RunAndWaitForDownloadAsync(() =>
            teacherPage.GetByRole(AriaRole.Link, new() { Name = "Brieven (PDF) downloaden" }).ClickAsync());
        var pdf = await File.ReadAllBytesAsync(await download.PathAsync(), Ct);
        var letter = Assert.Single(PdfFiles.PageTexts(pdf));
        Assert.Contains("Lotte Vermeulen", letter);
        Assert.Contains("Schoolcode DEMO01", letter);
        Assert.Contains("Klas 6B", letter);
        Assert.Contains("Klasnummer 1", letter);
        var parentCode = ParentCodeOnLetter().Match(letter).Groups[1].Value;
        Assert.Equal(11, parentCode.Length);
        var letterPng = await PdfFiles.RenderPageAsync(pdf, 1, 150);
        File.Copy(letterPng, Path.Combine(Support.Browser.ScreenshotFolder, "journey-06-letter.png"), overwrite: true);
        var qr = Assert.Single(await PdfFiles.DecodeQrCodesAsync(letterPng));
        Assert.Equal("https://ouders.test.example/ouder/koppelen?schoolcode=DEMO01&klas=6B&klasnummer=1", qr);
        Assert.DoesNotContain(parentCode.Replace("-", ""), qr.ToUpperInvariant().Replace("-", ""));

        // 3. A new parent: account, activation over SMTP, login, names, linking with the letter.
        var parent = await browser.NewPageAsync(app.BaseUrl);
        await GoAsync(parent, "/ouder");
        await parent.GetByRole(AriaRole.Link, new() { Name = "Maak een account aan" }).ClickAsync();
        await parent.GetByLabel("E-mailadres").FillAsync(ParentEmail);
        await parent.GetByLabel("Wachtwoord", new() { Exact = true }).FillAsync(ParentPassword);
        await parent.GetByLabel("Herhaal wachtwoord").FillAsync(ParentPassword);
        await parent.GetByRole(AriaRole.Button, new() { Name = "Account aanmaken" }).ClickAsync();
        await Assertions.Expect(parent.GetByText("We hebben een e-mail gestuurd")).ToBeVisibleAsync();
        await Support.Browser.ScreenshotAsync(parent, "journey-07-parent-registered");

        var activation = AccountSteps.ActivationLink(await smtp.WaitForAsync(ParentEmail));
        await parent.GotoAsync(AccountSteps.PathOf(activation));
        await Assertions.Expect(parent.GetByText("Uw account is geactiveerd")).ToBeVisibleAsync();
        await Support.Browser.ScreenshotAsync(parent, "journey-08-parent-activated");

        await parent.GotoAsync("/account/aanmelden");
        await parent.GetByLabel("E-mailadres").FillAsync(ParentEmail);
        await parent.GetByLabel("Wachtwoord").FillAsync(ParentPassword);
        await parent.GetByRole(AriaRole.Button, new() { Name = "Aanmelden" }).ClickAsync();
        await parent.WaitForURLAsync("**/ouder/naam**");
        await parent.GetByLabel("Voornaam").FillAsync("Jana");
        await parent.GetByLabel("Familienaam").FillAsync("Vermeulen");
        await Support.Browser.ScreenshotAsync(parent, "journey-09-parent-names");
        await parent.GetByRole(AriaRole.Button, new() { Name = "Opslaan en verdergaan" }).ClickAsync();
        await parent.WaitForURLAsync("**/ouder/overzicht");

        // The QR code's address: school code, class and number filled in, the code typed from the letter.
        await GoAsync(parent, AccountSteps.PathOf(qr));
        await Assertions.Expect(parent.GetByLabel("Schoolcode")).ToHaveValueAsync("DEMO01");
        await Assertions.Expect(parent.GetByLabel("Klas", new() { Exact = true })).ToHaveValueAsync("6B");
        await Assertions.Expect(parent.GetByLabel("Klasnummer")).ToHaveValueAsync("1");
        await parent.GetByLabel("Oudercode").FillAsync(parentCode);
        await parent.GetByLabel("ouder", new() { Exact = true }).CheckAsync();
        await parent.GetByRole(AriaRole.Button, new() { Name = "Koppelen", Exact = true }).ClickAsync();
        await Assertions.Expect(parent.GetByRole(AriaRole.Alert)).ToContainTextAsync("gekoppeld aan Lotte");
        await Support.Browser.ScreenshotAsync(parent, "journey-10-parent-linked");

        await GoAsync(parent, "/ouder/overzicht");
        await Assertions.Expect(parent.GetByRole(AriaRole.Heading, new() { Level = 2, Name = "Lotte Vermeulen" }))
            .ToBeVisibleAsync();
        await parent.GetByRole(AriaRole.Button, new() { Name = "Dit schooljaar" }).ClickAsync();
        await Assertions.Expect(parent.GetByRole(AriaRole.Button, new() { Name = "Dit schooljaar", Pressed = true }))
            .ToBeVisibleAsync();
        var expected = await OverviewBrowserTests.ExpectedAsync(app, lotte, PeriodKind.ThisSchoolYear);
        Assert.Equal(3, expected.Exercises);
        await OverviewBrowserTests.ExpectCardAsync(parent, expected);
        await Support.Browser.ScreenshotAsync(parent, "journey-11-parent-overview");

        // 4. The school admin sees Jana in "Koppelingen" and undoes the link; Jana is told by e-mail.
        await GoAsync(admin, "/schoolbeheer/koppelingen");
        await admin.GetByLabel("Klas", new() { Exact = true }).ClickAsync();
        await admin.GetByRole(AriaRole.Option, new() { Name = "6B", Exact = true }).ClickAsync();
        var row = admin.GetByRole(AriaRole.Row).Filter(new() { HasText = ParentEmail });
        await Assertions.Expect(row).ToContainTextAsync("Jana Vermeulen");
        await Assertions.Expect(row).ToContainTextAsync("ouder");
        await Support.Browser.ScreenshotAsync(admin, "journey-12-admin-links");
        await row.GetByRole(AriaRole.Button,
            new() { Name = "Koppeling van Jana Vermeulen met Lotte Vermeulen ongedaan maken" }).ClickAsync();
        await admin.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Ontkoppelen" }).ClickAsync();
        await Assertions.Expect(admin.GetByText("De koppeling van Jana Vermeulen met Lotte Vermeulen is ongedaan gemaakt"))
            .ToBeVisibleAsync();
        await Support.Browser.ScreenshotAsync(admin, "journey-13-admin-unlinked");
        var notice = await smtp.WaitForAsync(ParentEmail, m => m.Subject?.Contains("ongedaan gemaakt") == true);
        Assert.Contains("Lotte", notice.Subject);

        await GoAsync(parent, "/ouder/overzicht");
        await Assertions.Expect(parent.GetByRole(AriaRole.Heading, new() { Name = "Nog geen kind gekoppeld" })).ToBeVisibleAsync();
        await Assertions.Expect(parent.GetByText("Lotte Vermeulen")).ToHaveCountAsync(0);
        await Support.Browser.ScreenshotAsync(parent, "journey-14-parent-unlinked");
        await using var check = app.CreateDbContext();
        Assert.False(await check.ParentLinks.AnyAsync(l => l.PupilId == lotte.Id, Ct));

        // 5. Nothing secret of the whole story reached a log line.
        var activationToken = new Uri(activation).Query.Split("code=")[1].Split('&')[0];
        var secrets = new[]
        {
            ParentPassword, TestApp.DemoPassword, parentCode, parentCode.Replace("-", ""), activationToken,
            Uri.UnescapeDataString(activationToken), apiKey, ParentEmail,
        };
        var logs = app.Logs.AllText;
        Assert.NotEmpty(app.Logs.Lines);
        Assert.All(secrets, secret => Assert.DoesNotContain(secret, logs, StringComparison.OrdinalIgnoreCase));
    }

    private static async Task GoAsync(IPage page, string path)
    {
        await page.GotoAsync(path);
        await Support.Browser.WaitForInteractiveAsync(page);
    }

    private static async Task<HttpStatusCode> SendResultsAsync(string baseUrl, string key, string username)
    {
        var now = DateTimeOffset.UtcNow;
        string At(int minutesAgo) => now.AddMinutes(-minutesAgo).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        var json = $$"""
            { "results": [
              { "id": "lotte-1", "pupilUsername": "{{username}}", "subject": "Wiskunde", "taskId": "t-6b-1",
                "taskTitle": "Tafels van 7", "taskGivenAt": "{{At(60)}}", "finishedAt": "{{At(30)}}", "correct": 8, "total": 10 },
              { "id": "lotte-2", "pupilUsername": "{{username}}", "subject": "Nederlands", "finishedAt": "{{At(20)}}",
                "correct": 5, "total": 10 },
              { "id": "lotte-3", "pupilUsername": "{{username}}", "subject": "Wiskunde", "finishedAt": "{{At(10)}}",
                "correct": 10, "total": 10 } ] }
            """;
        using var http = new HttpClient { BaseAddress = new Uri(baseUrl) };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/results")
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Api-Key", key);
        using var response = await http.SendAsync(request, Ct);
        return response.StatusCode;
    }
}
