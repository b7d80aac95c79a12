using BingelOuder.Features.Linking;
using BingelOuder.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace BingelOuder.Tests.Browser;

public sealed class LinkingBrowserTests(Support.Browser browser) : IClassFixture<Support.Browser>
{
    private const string Email = "ouder@example.test";

    [Fact]
    public async Task A_parent_links_two_children_with_the_codes_on_their_letters_and_sees_both()
    {
        await using var app = new KestrelTestApp();
        var school = await app.CreateSchoolAsync(schoolCode: "DEMO01", classNames: ["3A", "5B"]);
        await app.CreateParentAsync(Email);
        var page = await LoggedInPageAsync(app);
        var first = school.Pupil("3A", 2);
        var second = school.Pupil("5B", 4);

        await page.GotoAsync("/ouder/koppelen");
        await Support.Browser.WaitForInteractiveAsync(page);
        await FillAsync(page, ParentCodeFormat.Display(first.Code).ToLowerInvariant(), "demo01", "3a", "2", "ouder");
        await page.GetByRole(AriaRole.Button, new() { Name = "Koppelen", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync($"gekoppeld aan {first.FirstName}");
        await FillAsync(page, ParentCodeFormat.Display(second.Code), "DEMO01", "5B", "4", "grootouder");
        await page.GetByRole(AriaRole.Button, new() { Name = "Koppelen", Exact = true }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync($"gekoppeld aan {second.FirstName}");
        var list = page.GetByRole(AriaRole.List, new() { Name = "Mijn gekoppelde kinderen" });
        await Assertions.Expect(list.GetByRole(AriaRole.Listitem)).ToHaveCountAsync(2);
        await Assertions.Expect(list).ToContainTextAsync($"{first.FirstName} Test");
        await Assertions.Expect(list).ToContainTextAsync("Klas 3A");
        await Assertions.Expect(list).ToContainTextAsync($"{second.FirstName} Test");
        await Assertions.Expect(list).ToContainTextAsync("Gekoppeld als grootouder");
        await Assertions.Expect(page.GetByLabel("Oudercode")).ToHaveValueAsync("");
        await Support.Browser.ScreenshotAsync(page, "linking-two-children");
    }

    [Fact]
    public async Task Bad_input_is_answered_per_field_or_in_one_message_and_the_form_keeps_it()
    {
        await using var app = new KestrelTestApp();
        var school = await app.CreateSchoolAsync(schoolCode: "DEMO01");
        await app.CreateParentAsync(Email);
        var page = await LoggedInPageAsync(app);
        await page.GotoAsync("/ouder/koppelen");
        await Support.Browser.WaitForInteractiveAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Koppelen", Exact = true }).ClickAsync();

        await Assertions.Expect(page.GetByLabel("Oudercode")).ToHaveAccessibleDescriptionAsync("Vul de oudercode in.");
        await Assertions.Expect(page.GetByLabel("Schoolcode")).ToHaveAccessibleDescriptionAsync("Vul de schoolcode in.");
        await Assertions.Expect(page.GetByLabel("Klas", new() { Exact = true }))
            .ToHaveAccessibleDescriptionAsync("Vul de klas in, bijvoorbeeld 3A.");
        await Assertions.Expect(page.GetByLabel("Klasnummer")).ToHaveAccessibleDescriptionAsync("Vul het klasnummer in.");
        await Assertions.Expect(page.GetByRole(AriaRole.Group, new() { Name = "Uw relatie tot het kind" }))
            .ToHaveAccessibleDescriptionAsync("Kies uw relatie tot het kind.");
        await Assertions.Expect(page.GetByText("Kies uw relatie tot het kind.")).ToBeVisibleAsync();
        await Support.Browser.ScreenshotAsync(page, "linking-empty-form");

        await FillAsync(page, "K7QMX-4XTP", "DEMO01", "3A", "abc", "voogd");
        await page.GetByRole(AriaRole.Button, new() { Name = "Koppelen", Exact = true }).ClickAsync();

        await Assertions.Expect(page.GetByLabel("Oudercode")).ToBeFocusedAsync();
        await Assertions.Expect(page.GetByLabel("Oudercode")).ToHaveAccessibleDescriptionAsync(
            new System.Text.RegularExpressions.Regex("^Een oudercode heeft 10 tekens"));
        await Assertions.Expect(page.GetByLabel("Klasnummer")).ToHaveAccessibleDescriptionAsync(
            "Het klasnummer is een getal, bijvoorbeeld 5.");
        await Assertions.Expect(page.GetByText("Vul de schoolcode in.")).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByLabel("Klasnummer")).ToHaveValueAsync("abc");
        await Support.Browser.ScreenshotAsync(page, "linking-field-errors");

        var wrongCode = school.Pupil("3A", 1).WrongCode();
        await FillAsync(page, ParentCodeFormat.Display(wrongCode), "DEMO01", "3A", "1", "voogd");
        await page.GetByRole(AriaRole.Button, new() { Name = "Koppelen", Exact = true }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync(LinkResultText.Mismatch);
        await Assertions.Expect(page.GetByLabel("Oudercode")).ToHaveValueAsync(ParentCodeFormat.Display(wrongCode));
        await Assertions.Expect(page.GetByLabel("Schoolcode")).ToHaveValueAsync("DEMO01");
        await Assertions.Expect(page.GetByLabel("Klas", new() { Exact = true })).ToHaveValueAsync("3A");
        await Assertions.Expect(page.GetByLabel("voogd")).ToBeCheckedAsync();
        await Support.Browser.ScreenshotAsync(page, "linking-mismatch");
    }

    [Fact]
    public async Task A_letters_qr_code_link_survives_the_login_and_fills_all_but_the_parent_code()
    {
        await using var app = new KestrelTestApp();
        var school = await app.CreateSchoolAsync(schoolCode: "DEMO01");
        await app.CreateParentAsync(Email);
        var page = await browser.NewPageAsync(app.BaseUrl);

        await page.GotoAsync("/ouder/koppelen?schoolcode=DEMO01&klas=3A&klasnummer=4");
        await page.WaitForURLAsync("**/account/aanmelden**");
        await page.GetByLabel("E-mailadres").FillAsync(Email);
        await page.GetByLabel("Wachtwoord").FillAsync(TestAccounts.ParentPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelden" }).ClickAsync();
        await page.WaitForURLAsync("**/ouder/koppelen?schoolcode=DEMO01&klas=3A&klasnummer=4");
        await Support.Browser.WaitForInteractiveAsync(page);

        await Assertions.Expect(page.GetByLabel("Schoolcode")).ToHaveValueAsync("DEMO01");
        await Assertions.Expect(page.GetByLabel("Klas", new() { Exact = true })).ToHaveValueAsync("3A");
        await Assertions.Expect(page.GetByLabel("Klasnummer")).ToHaveValueAsync("4");
        await Assertions.Expect(page.GetByLabel("Oudercode")).ToHaveValueAsync("");
        await Support.Browser.ScreenshotAsync(page, "linking-from-qr-code");

        await page.GetByLabel("Oudercode").FillAsync(school.Pupil("3A", 4).WrongCode());
        await page.GetByLabel("ouder", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Koppelen", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync(LinkResultText.Mismatch);

        // The attempt was counted against the browser's own address, read when the circuit started.
        await using var db = app.CreateDbContext();
        var attempt = await db.LinkAttempts.SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal("127.0.0.1", attempt.ClientAddress);
    }

    [Fact]
    public async Task A_parent_undoes_a_link_after_confirming()
    {
        await using var app = new KestrelTestApp();
        var school = await app.CreateSchoolAsync(schoolCode: "DEMO01");
        var parent = await app.CreateParentAsync(Email);
        await app.LinkAsync(parent, school.RequestFor(school.Pupil("3A", 1)));
        await app.LinkAsync(parent, school.RequestFor(school.Pupil("3A", 2)));
        var page = await LoggedInPageAsync(app);
        await page.GotoAsync("/ouder/koppelen");
        await Support.Browser.WaitForInteractiveAsync(page);
        var list = page.GetByRole(AriaRole.List, new() { Name = "Mijn gekoppelde kinderen" });
        await Assertions.Expect(list.GetByRole(AriaRole.Listitem)).ToHaveCountAsync(2);

        // Escape closes the confirmation without undoing anything.
        await page.GetByRole(AriaRole.Button, new() { Name = "Ontkoppelen: Kind3A1 Test" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Dialog)).ToBeVisibleAsync();

        // The dialog takes the focus once it is shown; under load its key handling can start a moment
        // later, so, like a person, press Escape again if the first press came too early.
        var dialog = page.GetByRole(AriaRole.Dialog);
        await page.WaitForFunctionAsync("() => document.activeElement?.closest('[role=dialog]') != null");
        await page.Keyboard.PressAsync("Escape");
        for (var press = 1; press < 3 && await dialog.CountAsync() > 0; press++)
        {
            await page.WaitForTimeoutAsync(1_500);
            if (await dialog.CountAsync() > 0)
            {
                await page.Keyboard.PressAsync("Escape");
            }
        }

        await Assertions.Expect(dialog).ToHaveCountAsync(0);
        await Assertions.Expect(list.GetByRole(AriaRole.Listitem)).ToHaveCountAsync(2);

        await page.GetByRole(AriaRole.Button, new() { Name = "Ontkoppelen: Kind3A1 Test" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Dialog)).ToContainTextAsync("koppeling met Kind3A1");
        await Support.Browser.ScreenshotAsync(page, "linking-unlink-confirm");
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Ontkoppelen" }).ClickAsync();

        await Assertions.Expect(list.GetByRole(AriaRole.Listitem)).ToHaveCountAsync(1);
        await Assertions.Expect(list).Not.ToContainTextAsync("Kind3A1");
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "ongedaan gemaakt" }))
            .ToContainTextAsync("De koppeling met Kind3A1 is ongedaan gemaakt.");
        await using var db = app.CreateDbContext();
        Assert.Equal(1, await db.ParentLinks.CountAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_linked_parent_reports_a_new_link_from_the_mail_and_a_stranger_gets_not_found()
    {
        await using var smtp = new SmtpSink();
        await using var app = new KestrelTestApp(settings: smtp.Settings());
        var school = await app.CreateSchoolAsync(schoolCode: "DEMO01");
        await app.CreateSchoolAdminAsync(school.Id, "beheer@school.test");
        var mother = await app.CreateParentAsync(Email, "An", "Peeters");
        var stranger = await app.CreateParentAsync("vreemde@example.test", "Vic", "Vreemd");
        var pupil = school.Pupil("3A", 1);
        await app.LinkAsync(mother, school.RequestFor(pupil));
        await app.LinkAsync(stranger, school.RequestFor(pupil, Domain.ParentRelation.Guardian));
        var mail = await smtp.WaitForAsync(Email);
        var reportPath = new Uri(MailText.LinkStartingWith(mail, "https://ouders.test.example/")).PathAndQuery;
        var strangerPage = await browser.NewPageAsync(app.BaseUrl);
        await TestAccounts.LogInAsync(strangerPage, "vreemde@example.test", TestAccounts.ParentPassword);

        var response = await strangerPage.GotoAsync(reportPath);

        Assert.Equal(404, response!.Status);
        await Assertions.Expect(strangerPage.GetByRole(AriaRole.Heading, new() { Name = "Pagina niet gevonden" }))
            .ToBeVisibleAsync();

        var page = await LoggedInPageAsync(app);
        await page.GotoAsync(reportPath);
        await Support.Browser.WaitForInteractiveAsync(page);
        await Assertions.Expect(page.GetByText("Vic Vreemd")).ToBeVisibleAsync();
        await Support.Browser.ScreenshotAsync(page, "linking-report");
        await page.GetByRole(AriaRole.Button, new() { Name = "Meld aan de school" }).ClickAsync();

        await Assertions.Expect(page.GetByText("De school heeft uw melding ontvangen")).ToBeVisibleAsync();
        var warning = await smtp.WaitForAsync("beheer@school.test");
        Assert.Contains("Vic Vreemd", warning.TextBody);
    }

    private async Task<IPage> LoggedInPageAsync(KestrelTestApp app)
    {
        var page = await browser.NewPageAsync(app.BaseUrl);
        await TestAccounts.LogInAsync(page, Email, TestAccounts.ParentPassword);
        return page;
    }

    private static async Task FillAsync(
        IPage page, string code, string schoolCode, string className, string classNumber, string relation)
    {
        await page.GetByLabel("Oudercode").FillAsync(code);
        await page.GetByLabel("Schoolcode").FillAsync(schoolCode);
        await page.GetByLabel("Klas", new() { Exact = true }).FillAsync(className);
        await page.GetByLabel("Klasnummer").FillAsync(classNumber);
        await page.GetByLabel(relation, new() { Exact = true }).CheckAsync();
    }
}
