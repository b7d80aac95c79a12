using System.Net;
using BingelOuder.Domain;
using BingelOuder.Features.Demo;
using BingelOuder.Features.Linking;
using BingelOuder.Features.Printouts;
using BingelOuder.Tests.Support;
using ClosedXML.Excel;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BingelOuder.Tests.Printouts;

public sealed class PrintoutDownloadTests
{
    [Fact]
    public async Task A_teacher_downloads_the_letters_of_their_class_and_every_code_links_the_right_child()
    {
        await using var app = new TestApp(seed: true);
        var client = await TeacherClientAsync(app, "3A");
        var classId = await ClassIdAsync(app, "3A");

        using var response = await client.GetAsync(PrintoutsEndpointRouteBuilderExtensions.Link(
            PrintoutKind.Letters, [classId]), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("brieven-DEMO01-3A.pdf", response.Content.Headers.ContentDisposition?.FileName);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString());
        var pdf = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        await PdfFiles.SaveAsync(pdf, "letters-demo-3A");
        var pages = PdfFiles.PageTexts(pdf);
        var pupils = await PupilsAsync(app, "3A");
        Assert.Equal(pupils.Count, pages.Count);
        var protector = app.Service<ParentCodeProtector>();
        for (var i = 0; i < pupils.Count; i++)
        {
            var pupil = pupils[i];
            Assert.Contains($"{pupil.FirstName} {pupil.LastName} · klas 3A · klasnummer {pupil.ClassNumber}", pages[i]);
            var printed = pages[i].Split("Oudercode ")[1][..11];
            Assert.True(protector.Matches(pupil.ParentCodeProtected, ParentCodeFormat.Normalize(printed)!),
                $"page {i + 1} holds a code that is not {pupil.FirstName}'s");
        }
    }

    [Fact]
    public async Task The_qr_code_on_a_demo_letter_names_that_pupil_and_no_code()
    {
        await using var app = new TestApp(seed: true);
        var client = await TeacherClientAsync(app, "3A");
        var pupil = (await PupilsAsync(app, "3A"))[4];

        var pdf = await client.GetByteArrayAsync(PrintoutsEndpointRouteBuilderExtensions.Link(
            PrintoutKind.Letters, [pupil.SchoolClassId], pupil.Id), TestContext.Current.CancellationToken);

        var link = Assert.Single(await PdfFiles.DecodeQrCodesAsync(await PdfFiles.RenderPageAsync(pdf, 1, 150)));
        Assert.Equal(
            $"https://ouders.test.example/ouder/koppelen?schoolcode=DEMO01&klas=3A&klasnummer={pupil.ClassNumber}",
            link);
        Assert.Single(PdfFiles.PageTexts(pdf));
    }

    [Theory]
    [InlineData(PrintoutKind.Letters)]
    [InlineData(PrintoutKind.Labels)]
    [InlineData(PrintoutKind.List)]
    public async Task A_teacher_of_3A_asking_for_4A_gets_404(PrintoutKind kind)
    {
        await using var app = new TestApp(seed: true);
        var client = await TeacherClientAsync(app, "3A");
        var own = await ClassIdAsync(app, "3A");
        var other = await ClassIdAsync(app, "4A");
        var otherPupils = await PupilsAsync(app, "4A");
        var otherPupil = otherPupils[0].Id;
        var ct = TestContext.Current.CancellationToken;

        using var onlyOther = await client.GetAsync(PrintoutsEndpointRouteBuilderExtensions.Link(kind, [other]), ct);
        using var mixed = await client.GetAsync(PrintoutsEndpointRouteBuilderExtensions.Link(kind, [own, other]), ct);
        using var unknown = await client.GetAsync(PrintoutsEndpointRouteBuilderExtensions.Link(kind, [987654]), ct);
        using var pupilOfOther = await client.GetAsync(
            PrintoutsEndpointRouteBuilderExtensions.Link(kind, [own], otherPupil), ct);

        Assert.Equal(HttpStatusCode.NotFound, onlyOther.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, mixed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, pupilOfOther.StatusCode);
        var body = await onlyOther.Content.ReadAsStringAsync(ct);
        Assert.Equal("text/html", onlyOther.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Pagina niet gevonden", body);
        Assert.DoesNotContain(otherPupils, p => body.Contains(p.LastName, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_parent_gets_403_and_an_anonymous_visitor_is_sent_to_log_in()
    {
        await using var app = new TestApp(seed: true);
        await app.CreateParentAsync("ouder@example.be");
        var parent = await app.LoggedInClientAsync("ouder@example.be", TestAccounts.ParentPassword);
        var anonymous = app.CreateBrowserLikeClient();
        var link = PrintoutsEndpointRouteBuilderExtensions.Link(PrintoutKind.Letters, [await ClassIdAsync(app, "3A")]);
        var ct = TestContext.Current.CancellationToken;

        using var asParent = await parent.GetAsync(link, ct);
        using var asAnonymous = await anonymous.GetAsync(link, ct);

        Assert.Equal(HttpStatusCode.Forbidden, asParent.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, asAnonymous.StatusCode);
        Assert.StartsWith("/account/aanmelden", asAnonymous.Headers.Location?.PathAndQuery);
    }

    [Fact]
    public async Task The_list_of_a_class_matches_the_database_row_for_row()
    {
        await using var app = new TestApp(seed: true);
        var parent = await app.CreateParentAsync("ouder@example.be");
        var pupils = await PupilsAsync(app, "3A");
        await using (var db = app.CreateDbContext())
        {
            db.ParentLinks.Add(new ParentLink { ParentId = parent.Id, PupilId = pupils[1].Id, LinkedAtUtc = DateTime.UtcNow });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var client = await TeacherClientAsync(app, "3A");
        using var response = await client.GetAsync(PrintoutsEndpointRouteBuilderExtensions.Link(
            PrintoutKind.List, [pupils[0].SchoolClassId]), TestContext.Current.CancellationToken);

        Assert.Equal("oudercodes-DEMO01-3A.xlsx", response.Content.Headers.ContentDisposition?.FileName);
        using var workbook = new XLWorkbook(await response.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken));
        var sheet = Assert.Single(workbook.Worksheets);
        Assert.Equal("3A", sheet.Name);
        var protector = app.Service<ParentCodeProtector>();
        var expected = pupils.Select(p => new[]
        {
            "3A", p.ClassNumber.ToString(System.Globalization.CultureInfo.InvariantCulture), p.LastName, p.FirstName,
            p.Username, "DEMO01", protector.RevealForDisplay(p.ParentCodeProtected), p.Id == pupils[1].Id ? "1" : "0",
        });
        var actual = sheet.RangeUsed().Rows().Skip(1).Select(r => r.Cells().Select(c => c.GetString()).ToArray());
        Assert.Equal(expected, actual);
    }

    [Fact]
    public async Task A_school_admin_downloads_labels_for_every_class_of_the_school()
    {
        await using var app = new TestApp(seed: true);
        var client = await app.LoggedInClientAsync(DemoSeeder.AdminEmail, TestApp.DemoPassword);
        await using var db = app.CreateDbContext();
        var classes = await db.SchoolClasses.OrderBy(c => c.Name).Select(c => c.Id).ToListAsync(TestContext.Current.CancellationToken);
        var pupilCount = await db.Pupils.CountAsync(TestContext.Current.CancellationToken);

        using var response = await client.GetAsync(PrintoutsEndpointRouteBuilderExtensions.Link(
            PrintoutKind.Labels, classes), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("etiketten-DEMO01-6-klassen.pdf", response.Content.Headers.ContentDisposition?.FileName);
        var pages = PdfFiles.PageTexts(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        Assert.Equal(pupilCount, pages.Sum(p => p.Split("Oudercode ").Length - 1));
        Assert.Contains(" nr. 1 ", pages[0]);
    }

    [Theory]
    [InlineData(PrintoutKind.Letters)]
    [InlineData(PrintoutKind.Labels)]
    [InlineData(PrintoutKind.List)]
    public async Task A_class_without_pupils_gives_not_found_and_no_error(PrintoutKind kind)
    {
        await using var app = new TestApp(seed: true);
        var client = await app.LoggedInClientAsync(DemoSeeder.AdminEmail, TestApp.DemoPassword);
        int emptyClass;
        await using (var db = app.CreateDbContext())
        {
            var school = await db.Schools.SingleAsync(TestContext.Current.CancellationToken);
            var schoolClass = new SchoolClass { Name = "6B", SchoolId = school.Id };
            db.SchoolClasses.Add(schoolClass);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            emptyClass = schoolClass.Id;
        }

        using var response = await client.GetAsync(
            PrintoutsEndpointRouteBuilderExtensions.Link(kind, [emptyClass]), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("Exception", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_download_is_recorded_for_the_school_and_no_code_reaches_the_log()
    {
        await using var app = new TestApp(seed: true);
        var logs = app.Logs;
        var client = await app.LoggedInClientAsync(DemoSeeder.TeacherEmail("3A"), TestApp.DemoPassword);
        await using var db = app.CreateDbContext();
        var classId = await db.SchoolClasses.Where(c => c.Name == "3A").Select(c => c.Id).SingleAsync(TestContext.Current.CancellationToken);

        foreach (var kind in Enum.GetValues<PrintoutKind>())
        {
            using var response = await client.GetAsync(
                PrintoutsEndpointRouteBuilderExtensions.Link(kind, [classId]), TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var protector = app.Services.GetRequiredService<ParentCodeProtector>();
        var codes = await db.Pupils.Select(p => p.ParentCodeProtected).ToListAsync(TestContext.Current.CancellationToken);
        var revealed = codes.Select(protector.Reveal).ToList();
        Assert.NotEmpty(logs.Lines);
        Assert.DoesNotContain(logs.Lines, line => revealed.Any(code =>
            line.Contains(code, StringComparison.OrdinalIgnoreCase)
            || line.Contains(ParentCodeFormat.Display(code), StringComparison.OrdinalIgnoreCase)));
        var recorded = await db.AuditEvents.Where(e => e.Type == AuditEventTypes.PrintoutDownloaded)
            .ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(3, recorded.Count);
        Assert.All(recorded, e => Assert.NotNull(e.SchoolId));
        Assert.All(recorded, e => Assert.Contains("3A", e.Details));
    }

    private static Task<HttpClient> TeacherClientAsync(TestApp app, string className) =>
        app.LoggedInClientAsync(DemoSeeder.TeacherEmail(className), TestApp.DemoPassword);

    private static async Task<int> ClassIdAsync(TestApp app, string name)
    {
        await using var db = app.CreateDbContext();
        return await db.SchoolClasses.Where(c => c.Name == name).Select(c => c.Id).SingleAsync();
    }

    private static async Task<List<Pupil>> PupilsAsync(TestApp app, string className)
    {
        await using var db = app.CreateDbContext();
        return await db.Pupils.Where(p => p.SchoolClass!.Name == className).OrderBy(p => p.ClassNumber).ToListAsync();
    }
}
